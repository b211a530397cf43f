// Progressive enhancement only: every page works without this file.
import { initAll } from '../govuk/govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()

// Conversation page: fetch new messages and delivery ticks without a full reload.
const thread = document.querySelector('[data-poll-url]')
if (thread) {
  const url = thread.getAttribute('data-poll-url')
  let last = thread.getAttribute('data-version') || ''
  const poll = async () => {
    try {
      const response = await fetch(url, { headers: { Accept: 'text/html' }, credentials: 'same-origin' })
      if (response.ok) {
        const version = response.headers.get('X-Thread-Version') || ''
        if (version !== last) {
          last = version
          thread.innerHTML = await response.text()
        }
      }
    } catch (error) {
      // Network blips are expected; the next poll tries again.
    }
    window.setTimeout(poll, 2000)
  }
  window.setTimeout(poll, 2000)
}

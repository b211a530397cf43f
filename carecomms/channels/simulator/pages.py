"""The tester's phone: plain server-rendered HTML that works without JavaScript.

`static/phone.js` only adds live updates (no inline script, so a strict CSP is fine).
"""

from __future__ import annotations

from datetime import UTC, datetime
from html import escape

from carecomms.channels.simulator.samples import SAMPLES
from carecomms.channels.simulator.world import ChatMessage


def pretty_number(digits: str) -> str:
    if digits.startswith("44") and len(digits) == 12:
        return f"+44 {digits[2:6]} {digits[6:]}"
    return "+" + digits


def _clock(timestamp: int) -> tuple[str, str]:
    moment = datetime.fromtimestamp(timestamp, tz=UTC)
    return moment.isoformat(), moment.strftime("%d %b %H:%M UTC")


def _layout(title: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)} – WhatsApp simulator</title>
<link rel="stylesheet" href="/static/phone.css">
<script src="/static/phone.js" defer></script>
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="header">
  <div class="width">
    <a class="header-link" href="/">WhatsApp simulator</a>
    <span class="header-note">A test tool for CareComms. Not a real phone.</span>
  </div>
</header>
<div class="width">
<main id="main" tabindex="-1">
{body}
</main>
</div>
</body>
</html>
"""


def index_page(numbers: list[tuple[str, str, int]], business_number: str) -> str:
    if numbers:
        rows = "\n".join(
            f'<li><a href="/phone/{d}">{escape(pretty_number(d))}</a>'
            f'{" – " + escape(name) if name else ""} <span class="hint">({count} messages)</span></li>'
            for d, name, count in numbers
        )
        listing = f'<ul class="list">{rows}</ul>'
    else:
        listing = '<p class="hint">No messages yet. Send one from CareComms, or write in below.</p>'
    body = f"""<h1>Phones</h1>
<p>Each phone below has exchanged messages with the council's WhatsApp number {escape(business_number)}.</p>
<p>Text messages (SMS through the simulated GOV.UK Notify) have their own phones:
<a href="/notify/">see the SMS phones</a>.</p>
<section aria-labelledby="phones-heading">
<h2 id="phones-heading">Phones with messages</h2>
{listing}
</section>
<section aria-labelledby="new-heading">
<h2 id="new-heading">Write in as a new number</h2>
<form method="post" action="/write-in" class="form">
  <div class="field">
    <label for="from">Mobile number</label>
    <p class="hint" id="from-hint">In international format, for example +447700900123</p>
    <input id="from" name="from" type="tel" autocomplete="off" required aria-describedby="from-hint">
  </div>
  <div class="field">
    <label for="name">WhatsApp profile name (optional)</label>
    <input id="name" name="name" type="text" autocomplete="off">
  </div>
  <div class="field">
    <label for="first-text">Message</label>
    <textarea id="first-text" name="text" rows="3" required></textarea>
  </div>
  <button type="submit" class="button">Send message</button>
</form>
</section>"""
    return _layout("Phones", body)


def bubble(message: ChatMessage, digits: str) -> str:
    iso, shown = _clock(message.timestamp)
    who = "Council" if message.direction == "out" else "You"
    text = escape(message.text).replace("\n", "<br>") if message.text else ""
    parts = [
        f'<li class="bubble {message.direction}" data-id="{escape(message.id)}">',
        f'<p class="who">{who}</p>',
    ]
    if message.media_id:
        parts.append(f'<p class="attachment">Attachment: {escape(message.filename or message.kind)}</p>')
    if text:
        parts.append(f'<p class="text">{text}</p>')
    if message.buttons:
        buttons = "".join(
            f'<button type="submit" class="button secondary" name="payload" value="{escape(p)}">'
            f"{escape(label)}</button>"
            for p, label in message.buttons
        )
        parts.append(
            f'<form method="post" action="/phone/{digits}/button" class="quick-replies">'
            f'<input type="hidden" name="context_id" value="{escape(message.id)}">{buttons}</form>'
        )
    status = f' · <span class="status">{escape(message.status)}</span>' if message.direction == "out" else ""
    parts.append(f'<p class="meta"><time datetime="{iso}">{shown}</time>{status}</p></li>')
    return "".join(parts)


def phone_page(digits: str, chat: list[ChatMessage], business_number: str) -> str:
    bubbles = "\n".join(bubble(m, digits) for m in chat)
    sample_choices = "\n".join(
        f'    <div class="radio"><input type="radio" id="sample-{escape(key)}" name="sample" '
        f'value="{escape(key)}"{" checked" if index == 0 else ""}>'
        f'<label for="sample-{escape(key)}">{escape(sample.label)}</label></div>'
        for index, (key, sample) in enumerate(SAMPLES.items())
    )
    body = f"""<h1>Phone {escape(pretty_number(digits))}</h1>
<p class="hint">You are playing this person. Messages from the council's number {escape(business_number)}
appear below as they arrive.</p>
<section aria-labelledby="chat-heading">
<h2 id="chat-heading">Chat</h2>
<ol class="chat" id="chat" aria-live="polite" data-poll-url="/phone/{digits}/messages.json"
    data-number="{digits}">
{bubbles}
</ol>
</section>
<section aria-labelledby="reply-heading">
<h2 id="reply-heading">Reply</h2>
<form method="post" action="/phone/{digits}/reply" class="form">
  <div class="field">
    <label for="reply-text">Message</label>
    <textarea id="reply-text" name="text" rows="3" required></textarea>
  </div>
  <button type="submit" class="button">Send</button>
</form>
<h2 id="attach-heading">Send a photo or document</h2>
<form method="post" action="/phone/{digits}/attach" enctype="multipart/form-data" class="form">
  <div class="field">
    <label for="file">File</label>
    <input id="file" name="file" type="file" required>
  </div>
  <div class="field">
    <label for="caption">Caption (optional)</label>
    <input id="caption" name="caption" type="text" autocomplete="off">
  </div>
  <button type="submit" class="button secondary">Send file</button>
</form>
<h2 id="sample-heading">Send a sample file</h2>
<p class="hint">Files made by the simulator, so there is nothing to find on your computer.</p>
<form method="post" action="/phone/{digits}/sample" class="form">
  <fieldset class="field">
    <legend>Sample file</legend>
{sample_choices}
  </fieldset>
  <div class="field">
    <label for="sample-caption">Caption (optional)</label>
    <input id="sample-caption" name="caption" type="text" autocomplete="off">
  </div>
  <button type="submit" class="button secondary">Send sample</button>
</form>
</section>
<p><a href="/">Back to all phones</a></p>"""
    return _layout(f"Phone {pretty_number(digits)}", body)


def error_page(message: str) -> str:
    body = (
        f'<h1>There is a problem</h1>\n<p class="error">{escape(message)}</p>\n'
        '<p><a href="/">See all phones</a></p>'
    )
    return _layout("There is a problem", body)

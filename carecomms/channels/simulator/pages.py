"""The tester's phone, for WhatsApp and for SMS: plain server-rendered HTML that works without JavaScript.

`static/phone.js` only adds live updates (no inline script, so a strict CSP is fine).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from html import escape

from carecomms.channels.simulator.samples import SAMPLES
from carecomms.channels.simulator.world import ChatMessage


@dataclass(frozen=True)
class Site:
    """What differs between the WhatsApp phones and the SMS phones; their pages are otherwise one."""

    name: str  # ends each page's title
    home: str  # where the phones are listed; the phone pages live below it
    banner: str  # the header link's text
    note: str  # after the header's "Not a real phone."
    messages: str  # "messages" or "texts", in the listing
    send_label: str


WHATSAPP = Site("WhatsApp simulator", "/", "WhatsApp simulator", "", "messages", "Send message")
SMS = Site(
    "SMS simulator", "/notify/", "SMS simulator (GOV.UK Notify)",
    '\n      <a class="header-link" href="/">WhatsApp</a>', "texts", "Send text",
)


def pretty_number(digits: str) -> str:
    if digits.startswith("44") and len(digits) == 12:
        return f"+44 {digits[2:6]} {digits[6:]}"
    return "+" + digits


def _clock(timestamp: int) -> tuple[str, str]:
    moment = datetime.fromtimestamp(timestamp, tz=UTC)
    return moment.isoformat(), moment.strftime("%d %b %H:%M UTC")


def layout(title: str, body: str, site: Site = WHATSAPP) -> str:
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)} – {site.name}</title>
<link rel="stylesheet" href="/static/phone.css">
<script src="/static/phone.js" defer></script>
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="header">
  <div class="width">
    <a class="header-link" href="{site.home}">{site.banner}</a>
    <span class="header-note">A test tool for CareComms. Not a real phone.{site.note}</span>
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


def _message_field(field_id: str) -> str:
    return f"""  <div class="field">
    <label for="{field_id}">Message</label>
    <textarea id="{field_id}" name="text" rows="3" required></textarea>
  </div>"""


def _caption_field(field_id: str) -> str:
    return f"""  <div class="field">
    <label for="{field_id}">Caption (optional)</label>
    <input id="{field_id}" name="caption" type="text" autocomplete="off">
  </div>"""


def listing_page(
    site: Site,
    heading: str,
    intro: str,
    items: list[str],
    *,
    empty: str,
    write_in: str,
    from_hint: str,
    extra_fields: str = "",
) -> str:
    """The list of phones and the form to write in as a new number; `items` are `<li>` elements."""
    listing = f'<ul class="list">{chr(10).join(items)}</ul>' if items else f'<p class="hint">{empty}</p>'
    body = f"""<h1>{heading}</h1>
{intro}
<section aria-labelledby="phones-heading">
<h2 id="phones-heading">Phones with {site.messages}</h2>
{listing}
</section>
<section aria-labelledby="new-heading">
<h2 id="new-heading">{write_in} as a new number</h2>
<form method="post" action="{site.home}write-in" class="form">
  <div class="field">
    <label for="from">Mobile number</label>
    <p class="hint" id="from-hint">{from_hint}</p>
    <input id="from" name="from" type="tel" autocomplete="off" required aria-describedby="from-hint">
  </div>
{extra_fields}{_message_field("first-text")}
  <button type="submit" class="button">{site.send_label}</button>
</form>
</section>"""
    return layout("Phones", body, site)


def index_page(numbers: list[tuple[str, str, int]], business_number: str) -> str:
    items = [
        f'<li><a href="/phone/{d}">{escape(pretty_number(d))}</a>'
        f'{" – " + escape(name) if name else ""} <span class="hint">({count} messages)</span></li>'
        for d, name, count in numbers
    ]
    intro = (
        "<p>Each phone below has exchanged messages with the council's WhatsApp number "
        f"{escape(business_number)}.</p>\n"
    ) + """<p>Text messages (SMS through the simulated GOV.UK Notify) have their own phones:
<a href="/notify/">see the SMS phones</a>.</p>"""
    name_field = """  <div class="field">
    <label for="name">WhatsApp profile name (optional)</label>
    <input id="name" name="name" type="text" autocomplete="off">
  </div>
"""
    return listing_page(
        WHATSAPP, "Phones", intro, items,
        empty="No messages yet. Send one from CareComms, or write in below.",
        write_in="Write in", from_hint="In international format, for example +447700900123",
        extra_fields=name_field,
    )


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


def chat_page(
    site: Site,
    digits: str,
    chat: list[ChatMessage],
    *,
    heading: str,
    hint: str,
    chat_heading: str,
    send_label: str,
    more_forms: str = "",
    footer: str = "",
) -> str:
    """One phone: its chat (polled by phone.js) and a reply form; `more_forms` go below the reply."""
    bubbles = "\n".join(bubble(m, digits) for m in chat)
    body = f"""<h1>{heading}</h1>
<p class="hint">You are playing this person. {hint}</p>
<section aria-labelledby="chat-heading">
<h2 id="chat-heading">{chat_heading}</h2>
<ol class="chat" id="chat" aria-live="polite" data-poll-url="{site.home}phone/{digits}/messages.json"
    data-number="{digits}">
{bubbles}
</ol>
</section>
<section aria-labelledby="reply-heading">
<h2 id="reply-heading">Reply</h2>
<form method="post" action="{site.home}phone/{digits}/reply" class="form">
{_message_field("reply-text")}
  <button type="submit" class="button">{send_label}</button>
</form>{more_forms}
</section>{footer}"""
    return layout(f"Phone {pretty_number(digits)}", body, site)


def phone_page(digits: str, chat: list[ChatMessage], business_number: str) -> str:
    sample_choices = "\n".join(
        f'    <div class="radio"><input type="radio" id="sample-{escape(key)}" name="sample" '
        f'value="{escape(key)}"{" checked" if index == 0 else ""}>'
        f'<label for="sample-{escape(key)}">{escape(sample.label)}</label></div>'
        for index, (key, sample) in enumerate(SAMPLES.items())
    )
    files = f"""
<h2 id="attach-heading">Send a photo or document</h2>
<form method="post" action="/phone/{digits}/attach" enctype="multipart/form-data" class="form">
  <div class="field">
    <label for="file">File</label>
    <input id="file" name="file" type="file" required>
  </div>
{_caption_field("caption")}
  <button type="submit" class="button secondary">Send file</button>
</form>
<h2 id="sample-heading">Send a sample file</h2>
<p class="hint">Files made by the simulator, so there is nothing to find on your computer.</p>
<form method="post" action="/phone/{digits}/sample" class="form">
  <fieldset class="field">
    <legend>Sample file</legend>
{sample_choices}
  </fieldset>
{_caption_field("sample-caption")}
  <button type="submit" class="button secondary">Send sample</button>
</form>"""
    return chat_page(
        WHATSAPP, digits, chat,
        heading=f"Phone {escape(pretty_number(digits))}",
        hint=f"Messages from the council's number {escape(business_number)}\nappear below as they arrive.",
        chat_heading="Chat", send_label="Send", more_forms=files,
        footer='\n<p><a href="/">Back to all phones</a></p>',
    )


def error_page(message: str) -> str:
    body = (
        f'<h1>There is a problem</h1>\n<p class="error">{escape(message)}</p>\n'
        '<p><a href="/">See all phones</a></p>'
    )
    return layout("There is a problem", body)

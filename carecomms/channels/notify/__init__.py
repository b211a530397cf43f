"""GOV.UK Notify adapter for SMS: sending through the official client, reading Notify's callbacks.

Pure building blocks (no Django), like the WhatsApp adapter beside it; the gateway's worker and
webhook views call them.
"""

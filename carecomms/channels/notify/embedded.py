"""The embedded run's Notify values, shared by the gateway's settings and the simulator's defaults.

Not secrets: they only ever open the local simulator. Production refuses to start with them.
"""

EMBEDDED_API_KEY = (
    "carecomms_embedded-5b1d4c8e-3f2a-4e6b-9c7d-1a2b3c4d5e6f-0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f"
)
EMBEDDED_SMS_TEMPLATE_ID = "8d6c5b4a-3e2f-4a1b-9c8d-7e6f5a4b3c2d"
EMBEDDED_CALLBACK_BEARER_TOKEN = "embedded-notify-callback-token"
EMBEDDED_INBOUND_NUMBER = "+447700900500"

"""`python -m carecomms.channels.simulator` (or `carecomms simulator`): run the simulator from env vars.

WHATSAPP_ACCESS_TOKEN, WHATSAPP_APP_SECRET, WHATSAPP_PHONE_NUMBER_ID, WHATSAPP_DISPLAY_PHONE_NUMBER,
SIMULATOR_WEBHOOK_URL, SIMULATOR_PORT (8001), WHATSAPP_API_VERSION (v21.0),
SIMULATOR_ENFORCE_24H_WINDOW (1). GOV.UK Notify (SMS): NOTIFY_API_KEY, NOTIFY_SMS_TEMPLATE_ID,
NOTIFY_CALLBACK_BEARER_TOKEN, NOTIFY_SMS_DISPLAY_NUMBER, SIMULATOR_NOTIFY_RECEIPTS_URL,
SIMULATOR_NOTIFY_INBOUND_URL. The defaults match the embedded (non-production) gateway settings.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

from carecomms.channels.notify import embedded
from carecomms.channels.simulator.config import SimulatorConfig
from carecomms.channels.simulator.notify import NotifySimulatorConfig
from carecomms.channels.simulator.server import serve


def config_from_env(env: dict[str, str] | os._Environ[str] = os.environ) -> SimulatorConfig:
    enforce = env.get("SIMULATOR_ENFORCE_24H_WINDOW", "1").strip().lower()
    if enforce not in {"0", "1", "true", "false", "yes", "no"}:
        raise SystemExit("SIMULATOR_ENFORCE_24H_WINDOW must be 1 or 0")
    return SimulatorConfig(
        access_token=env.get("WHATSAPP_ACCESS_TOKEN", "embedded-simulator-token"),
        app_secret=env.get("WHATSAPP_APP_SECRET", "embedded-simulator-app-secret"),
        phone_number_id=env.get("WHATSAPP_PHONE_NUMBER_ID", "100000000000001"),
        display_phone_number=env.get("WHATSAPP_DISPLAY_PHONE_NUMBER", "+442084960100"),
        webhook_url=env.get("SIMULATOR_WEBHOOK_URL", "http://127.0.0.1:8000/webhooks/whatsapp"),
        api_version=env.get("WHATSAPP_API_VERSION", "v21.0"),
        enforce_24h_window=enforce in {"1", "true", "yes"},
        notify=notify_config_from_env(env),
    )


def notify_config_from_env(env: dict[str, str] | os._Environ[str] = os.environ) -> NotifySimulatorConfig:
    return NotifySimulatorConfig(
        api_key=env.get("NOTIFY_API_KEY", embedded.EMBEDDED_API_KEY),
        sms_template_id=env.get("NOTIFY_SMS_TEMPLATE_ID", embedded.EMBEDDED_SMS_TEMPLATE_ID),
        inbound_number=env.get("NOTIFY_SMS_DISPLAY_NUMBER", embedded.EMBEDDED_INBOUND_NUMBER),
        receipts_url=env.get("SIMULATOR_NOTIFY_RECEIPTS_URL", "http://127.0.0.1:8000/webhooks/notify/delivery-receipts"),
        inbound_url=env.get("SIMULATOR_NOTIFY_INBOUND_URL", "http://127.0.0.1:8000/webhooks/notify/received-texts"),
        bearer_token=env.get("NOTIFY_CALLBACK_BEARER_TOKEN", embedded.EMBEDDED_CALLBACK_BEARER_TOKEN),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="carecomms simulator", description="WhatsApp Cloud API simulator")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=int(os.environ.get("SIMULATOR_PORT", "8001")))
    args = parser.parse_args(argv)
    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    config = config_from_env()
    print(
        f"WhatsApp simulator: http://{args.host}:{args.port}/  (webhooks to {config.webhook_url})",
        file=sys.stderr,
    )
    print(f"SMS (Notify) simulator: http://{args.host}:{args.port}/notify/", file=sys.stderr)
    serve(config, args.host, args.port)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

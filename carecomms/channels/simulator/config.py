"""Settings of one simulated WhatsApp Business number."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from carecomms.channels.simulator.notify import NotifySimulatorConfig


@dataclass(frozen=True)
class SimulatorConfig:
    """`webhook_url` is the gateway's webhook; empty means webhooks are not sent (tests of the API alone).

    `enforce_24h_window`: like Meta, refuse free-form text (error 131047) to a number that has not
    written in the last 24 hours and has no conversation opened by a template.
    `button_labels` maps quick-reply payloads to the labels the approved template would show; the
    simulator has no template definitions, so unlisted payloads show their last word ("CONSENT_YES": "Yes").
    `template_texts` maps template names to body text with {{1}}-style placeholders, for display only.
    `notify`: also simulate a GOV.UK Notify SMS service on the same server (None: WhatsApp only).
    `media_url_ttl_seconds`: how long a media download link works (Meta's last about 5 minutes).
    """

    access_token: str
    app_secret: str
    phone_number_id: str
    display_phone_number: str
    webhook_url: str
    api_version: str = "v21.0"
    enforce_24h_window: bool = True
    business_account_id: str = "102290129340398"
    status_delay_seconds: float = 0.3
    webhook_retry_delays: tuple[float, ...] = (0.5, 2.0, 5.0)
    button_labels: Mapping[str, str] = field(default_factory=dict)
    template_texts: Mapping[str, str] = field(default_factory=dict)
    notify: NotifySimulatorConfig | None = None
    media_url_ttl_seconds: float = 300.0

    def __repr__(self) -> str:  # keep the token and the secret out of logs and tracebacks
        return (
            f"SimulatorConfig(phone_number_id={self.phone_number_id!r}, "
            f"display_phone_number={self.display_phone_number!r}, webhook_url={self.webhook_url!r}, "
            f"api_version={self.api_version!r}, enforce_24h_window={self.enforce_24h_window})"
        )

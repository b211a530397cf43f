"""The simulator's WSGI app and the ways to run it (blocking, or in a thread for tests).

Graph API subset, exactly as the gateway uses Meta's:
    POST /{version}/{phone-number-id}/messages    text and template sends (bearer token)
    GET  /{version}/{media-id}                    media metadata with a download `url` (bearer token)
    GET  /whatsapp_business/attachments/?mid=&ext=&hash=   the media bytes (bearer token; the link is
                                                  opaque and expires like Meta's, after 5 minutes)
The tester's phone:  GET /,  POST /write-in,  GET /phone/{digits},  GET /phone/{digits}/messages.json,
    POST /phone/{digits}/reply | /button | /attach | /sample
Control for tests:   POST /_control/faults | /_control/reset | /_control/inbound,
    GET /_control/outbox | /_control/webhooks
GOV.UK Notify (SMS), when configured: `/v2/...` and `/notify/...`, see `simulator/notify.py`.
"""

from __future__ import annotations

import hmac
import json
import logging
import re
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass
from email.parser import BytesParser
from email.policy import HTTP
from importlib.resources import files
from socketserver import ThreadingMixIn
from typing import Any
from urllib.parse import parse_qs, urlencode
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server
from wsgiref.util import application_uri

from carecomms.channels.simulator import pages
from carecomms.channels.simulator.config import SimulatorConfig
from carecomms.channels.simulator.notify import NotifySimulator
from carecomms.channels.simulator.samples import SAMPLES
from carecomms.channels.simulator.web import Response, Route, html_response, json_response, match_route, redirect
from carecomms.channels.simulator.webhooks import WebhookSender
from carecomms.channels.simulator.world import ApiFailure, World, button_for, digits_of, invalid_parameter

logger = logging.getLogger(__name__)

StartResponse = Callable[..., Any]
MAX_BODY_BYTES = 16 * 1024 * 1024
_STATIC = {"phone.css": "text/css; charset=utf-8", "phone.js": "text/javascript; charset=utf-8"}
_FAULT_ERRORS = {
    429: (130429, "(#130429) Rate limit hit"),
    500: (1, "An unknown error has occurred."),
    503: (2, "Service temporarily unavailable"),
}


class Request:
    def __init__(self, environ: Mapping[str, Any]) -> None:
        self.environ = environ
        self.method = str(environ.get("REQUEST_METHOD", "GET")).upper()
        self.path = str(environ.get("PATH_INFO", "/")) or "/"
        self._body: bytes | None = None

    @property
    def body(self) -> bytes:
        if self._body is None:
            try:
                length = int(self.environ.get("CONTENT_LENGTH") or 0)
            except ValueError:
                length = 0
            if length > MAX_BODY_BYTES:
                raise invalid_parameter("The request body is too large.")
            self._body = self.environ["wsgi.input"].read(length) if length > 0 else b""
        return self._body

    def json(self) -> Any:
        try:
            return json.loads(self.body or b"null")
        except (ValueError, UnicodeDecodeError) as exc:
            raise invalid_parameter("The request body is not valid JSON.") from exc

    def form(self) -> dict[str, str]:
        fields = parse_qs(self.body.decode("utf-8", "replace"), keep_blank_values=True)
        return {name: values[0] for name, values in fields.items()}

    def multipart(self) -> tuple[dict[str, str], dict[str, tuple[str | None, str, bytes]]]:
        """(fields, files as name -> (filename, content type, bytes)) of a multipart/form-data body."""
        content_type = str(self.environ.get("CONTENT_TYPE", ""))
        if not content_type.startswith("multipart/form-data"):
            raise invalid_parameter("Expected a file upload (multipart/form-data).")
        head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode("latin-1")
        message = BytesParser(policy=HTTP).parsebytes(head + self.body)
        fields: dict[str, str] = {}
        uploads: dict[str, tuple[str | None, str, bytes]] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            if not isinstance(name, str):
                continue
            data = part.get_payload(decode=True) or b""
            filename = part.get_filename()
            if filename is not None:
                uploads[name] = (filename, part.get_content_type(), data)
            else:
                fields[name] = data.decode("utf-8", "replace")
        return fields, uploads

    def query(self) -> dict[str, str]:
        fields = parse_qs(str(self.environ.get("QUERY_STRING", "")), keep_blank_values=True)
        return {name: values[0] for name, values in fields.items()}

    def bearer_token(self) -> str | None:
        header = str(self.environ.get("HTTP_AUTHORIZATION", ""))
        scheme, _, token = header.partition(" ")
        return token.strip() if scheme.lower() == "bearer" and token.strip() else None


class SimulatorApp:
    """The WSGI callable. Call `close()` to stop its webhook thread."""

    def __init__(self, config: SimulatorConfig) -> None:
        self.config = config
        self.world = World(config)
        self.webhooks = WebhookSender(config.webhook_url, config.app_secret, config.webhook_retry_delays)
        self.notify = NotifySimulator(config.notify) if config.notify is not None else None
        version = re.escape(config.api_version)
        self._routes: list[Route] = [
            ("GET", re.compile(r"/"), self.index),
            ("POST", re.compile(r"/write-in"), self.write_in),
            ("GET", re.compile(r"/phone/(\d{6,15})"), self.phone),
            ("GET", re.compile(r"/phone/(\d{6,15})/messages\.json"), self.phone_messages),
            ("POST", re.compile(r"/phone/(\d{6,15})/reply"), self.phone_reply),
            ("POST", re.compile(r"/phone/(\d{6,15})/button"), self.phone_button),
            ("POST", re.compile(r"/phone/(\d{6,15})/attach"), self.phone_attach),
            ("POST", re.compile(r"/phone/(\d{6,15})/sample"), self.phone_sample),
            ("GET", re.compile(r"/static/([a-z.]+)"), self.static),
            ("POST", re.compile(rf"/{version}/([^/]+)/messages"), self.send_message),
            ("GET", re.compile(rf"/{version}/(\d+)"), self.media_info),
            ("GET", re.compile(r"/whatsapp_business/attachments/"), self.media_bytes),
            ("POST", re.compile(r"/_control/faults"), self.control_faults),
            ("POST", re.compile(r"/_control/reset"), self.control_reset),
            ("POST", re.compile(r"/_control/inbound"), self.control_inbound),
            ("GET", re.compile(r"/_control/outbox"), self.control_outbox),
            ("GET", re.compile(r"/_control/webhooks"), self.control_webhooks),
        ]

    def close(self) -> None:
        self.webhooks.stop()
        if self.notify is not None:
            self.notify.close()

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        request = Request(environ)
        try:
            response = self._dispatch(request)
        except ApiFailure as failure:
            headers = (
                (("Retry-After", f"{failure.retry_after:g}"),) if failure.retry_after is not None else ()
            )
            response = json_response(failure.http_status, failure.body(), headers)
        except Exception:
            logger.exception("simulator error", extra={"path": request.path})
            response = json_response(500, ApiFailure(500, 1, "An unknown error has occurred.", "").body())
        reason = {
            200: "OK",
            201: "Created",
            303: "See Other",
            400: "Bad Request",
            401: "Unauthorized",
            403: "Forbidden",
            404: "Not Found",
            405: "Method Not Allowed",
            429: "Too Many Requests",
            500: "Internal Server Error",
            503: "Service Unavailable",
        }.get(response.status, "Status")
        headers = [
            ("Content-Type", response.content_type),
            ("Content-Length", str(len(response.body))),
            ("Cache-Control", "no-store"),
            ("X-Content-Type-Options", "nosniff"),
            *response.headers,
        ]
        start_response(f"{response.status} {reason}", headers)
        return [response.body]

    def _dispatch(self, request: Request) -> Response:
        if self.notify is not None and self.notify.handles(request.path):
            return self.notify.dispatch(request)
        found = match_route(self._routes, request.method, request.path)
        if not isinstance(found, int):
            handler, groups = found
            return handler(request, *groups)
        if found == 405:
            return json_response(405, {"error": {"message": "Method not allowed", "code": 100}})
        return json_response(
            404, {"error": {"message": "Unknown path components", "type": "OAuthException", "code": 2500}}
        )

    # --- Graph API --------------------------------------------------------------------------------

    def _authorise(self, request: Request) -> None:
        token = request.bearer_token()
        if token is None or not hmac.compare_digest(token.encode(), self.config.access_token.encode()):
            raise ApiFailure(
                401,
                190,
                "Invalid OAuth access token - Cannot parse access token",
                "The access token is missing or not valid.",
            )

    def send_message(self, request: Request, phone_number_id: str) -> Response:
        self._authorise(request)
        if phone_number_id != self.config.phone_number_id:
            raise ApiFailure(
                400,
                100,
                f"Unsupported post request. Object with ID '{phone_number_id[:40]}' does "
                "not exist, cannot be loaded due to missing permissions, or does not support this "
                "operation.",
                "Unknown phone number id.",
                error_type="GraphMethodException",
            )
        fault = self.world.take_fault()
        if fault is not None:
            code, message = _FAULT_ERRORS.get(fault.status, (1, "An unknown error has occurred."))
            raise ApiFailure(
                fault.status, code, message, "Injected by the simulator.", retry_after=fault.retry_after
            )
        answer, statuses = self.world.accept_send(request.json(), time.time())
        soon = time.monotonic()
        for step, payload in enumerate(statuses, start=1):
            self.webhooks.enqueue(payload, not_before=soon + step * self.config.status_delay_seconds)
        return json_response(200, answer)

    def media_info(self, request: Request, media_id: str) -> Response:
        self._authorise(request)
        media = self.world.media(media_id)
        number = request.query().get("phone_number_id")
        if media is None or (number is not None and number != self.config.phone_number_id):
            raise ApiFailure(
                400,
                100,
                f"Unsupported get request. Object with ID '{media_id}' does not exist.",
                "Unknown media id.",
                error_type="GraphMethodException",
            )
        query = urlencode(self.world.media_url_query(media_id, time.time()))
        url = application_uri(request.environ).rstrip("/") + f"/whatsapp_business/attachments/?{query}"
        return json_response(
            200,
            {
                "messaging_product": "whatsapp",
                "url": url,
                "mime_type": media.mime_type,
                "sha256": media.sha256,
                "file_size": len(media.data),
                "id": media_id,
            },
        )

    def media_bytes(self, request: Request) -> Response:
        self._authorise(request)
        media = self.world.media_for_url(request.query(), time.time())
        if media is None:  # forged, unknown or expired link: Meta answers 404
            return json_response(404, {"error": {"message": "Not found", "code": 100}})
        return Response(200, media.data, media.mime_type)

    # --- the tester's phone -----------------------------------------------------------------------

    def index(self, request: Request) -> Response:
        return html_response(200, pages.index_page(self.world.numbers(), self.config.display_phone_number))

    def phone(self, request: Request, digits: str) -> Response:
        self._mark_read(digits)
        page = pages.phone_page(digits, self.world.chat(digits), self.config.display_phone_number)
        return html_response(200, page)

    def phone_messages(self, request: Request, digits: str) -> Response:
        self._mark_read(digits)
        return json_response(200, {"messages": [m.to_json() for m in self.world.chat(digits)]})

    def _mark_read(self, digits: str) -> None:
        for payload in self.world.mark_read(digits, time.time()):
            self.webhooks.enqueue(payload)

    def _page_action(self, action: Callable[[], str]) -> Response:
        try:
            return redirect(action())
        except ApiFailure as failure:
            return html_response(400, pages.error_page(failure.details or failure.message))

    def write_in(self, request: Request) -> Response:
        form = request.form()

        def act() -> str:
            digits = digits_of(form.get("from", ""))
            self._inbound(
                digits, text=form.get("text", "").strip(), name=form.get("name", "").strip() or None
            )
            return f"/phone/{digits}"

        return self._page_action(act)

    def phone_reply(self, request: Request, digits: str) -> Response:
        text = request.form().get("text", "").strip()
        return self._page_action(lambda: self._inbound(digits, text=text) or f"/phone/{digits}")

    def phone_button(self, request: Request, digits: str) -> Response:
        form = request.form()
        context_id = form.get("context_id", "")
        button = button_for(self.world.find(digits, context_id), form.get("payload", ""))

        def act() -> str:
            if button is None:
                raise invalid_parameter("That button is not on a message in this chat.")
            self._inbound(digits, button=button, context_id=context_id)
            return f"/phone/{digits}"

        return self._page_action(act)

    def phone_attach(self, request: Request, digits: str) -> Response:
        def act() -> str:
            fields, uploads = request.multipart()
            if "file" not in uploads or not uploads["file"][2]:
                raise invalid_parameter("Choose a file to send.")
            filename, content_type, data = uploads["file"]
            media_id, _ = self.world.store_media(data, content_type or "application/octet-stream", filename)
            self._inbound(digits, media_id=media_id, caption=fields.get("caption", "").strip() or None)
            return f"/phone/{digits}"

        return self._page_action(act)

    def phone_sample(self, request: Request, digits: str) -> Response:
        form = request.form()

        def act() -> str:
            sample = SAMPLES.get(form.get("sample", ""))
            if sample is None:
                raise invalid_parameter("Choose a sample file to send.")
            media_id, _ = self.world.store_media(sample.data, sample.mime_type, sample.filename)
            self._inbound(digits, media_id=media_id, caption=form.get("caption", "").strip() or None)
            return f"/phone/{digits}"

        return self._page_action(act)

    def _inbound(self, digits: str, **details: Any) -> None:
        _, payload = self.world.inbound(digits, time.time(), **details)
        self.webhooks.enqueue(payload)

    def static(self, request: Request, name: str) -> Response:
        if name not in _STATIC:
            return json_response(404, {"error": {"message": "Not found"}})
        data = files("carecomms.channels.simulator").joinpath("static", name).read_bytes()
        return Response(200, data, _STATIC[name])

    # --- control API for tests --------------------------------------------------------------------

    def control_faults(self, request: Request) -> Response:
        spec = request.json()
        if not isinstance(spec, dict):
            raise invalid_parameter('Expected {"status": 500|503|429, "count": N, "retry_after": seconds}.')
        status, count, retry_after = spec.get("status"), spec.get("count", 1), spec.get("retry_after")
        if not isinstance(status, int) or not 400 <= status <= 599 or not isinstance(count, int) or count < 1:
            raise invalid_parameter("status must be an HTTP error status and count a positive integer.")
        if retry_after is not None and not isinstance(retry_after, int | float):
            raise invalid_parameter("retry_after must be a number of seconds.")
        self.world.set_fault(status, count, float(retry_after) if retry_after is not None else None)
        return json_response(200, {"ok": True})

    def control_reset(self, request: Request) -> Response:
        self.world.reset()
        return json_response(200, {"ok": True})

    def control_inbound(self, request: Request) -> Response:
        spec = request.json()
        if not isinstance(spec, dict) or not isinstance(spec.get("from"), str):
            raise invalid_parameter('Expected {"from": "+447700900123", ...}.')
        details: dict[str, Any] = {"name": spec.get("name") if isinstance(spec.get("name"), str) else None}
        if isinstance(spec.get("button_payload"), str):
            details["button"] = (
                spec["button_payload"],
                str(spec.get("button_text") or spec["button_payload"]),
            )
            details["context_id"] = (
                spec.get("context_id") if isinstance(spec.get("context_id"), str) else None
            )
        elif isinstance(spec.get("media"), dict):
            media = spec["media"]
            sample = SAMPLES.get(str(media.get("sample"))) if "sample" in media else None
            if "sample" in media and sample is None:
                raise invalid_parameter(f"media.sample must be one of {', '.join(SAMPLES)}.")
            data = sample.data if sample else media.get("data", "")
            if not isinstance(data, bytes | str):
                raise invalid_parameter("media.data must be text (it is stored as UTF-8 bytes).")
            reported = media.get("sha256")  # a wrong hash, to test the gateway's check
            media_id, _ = self.world.store_media(
                data if isinstance(data, bytes) else data.encode("utf-8"),
                str(media.get("mime_type") or (sample.mime_type if sample else "application/octet-stream")),
                media.get("filename") if isinstance(media.get("filename"), str)
                else (sample.filename if sample else None),
                reported_sha256=reported if isinstance(reported, str) else None,
            )
            details["media_id"] = media_id
            details["caption"] = media.get("caption") if isinstance(media.get("caption"), str) else None
        else:
            details["text"] = spec.get("text") if isinstance(spec.get("text"), str) else None
        bubble, payload = self.world.inbound(digits_of(spec["from"]), time.time(), **details)
        self.webhooks.enqueue(payload)
        return json_response(200, {"id": bubble.id, "media_id": bubble.media_id})

    def control_outbox(self, request: Request) -> Response:
        return json_response(200, {"messages": self.world.outbox()})

    def control_webhooks(self, request: Request) -> Response:
        deliveries = [asdict(d) for d in self.webhooks.deliveries()]
        return json_response(200, {"deliveries": deliveries, "idle": self.webhooks.idle()})


def make_app(config: SimulatorConfig) -> SimulatorApp:
    return SimulatorApp(config)


class _ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True
    allow_reuse_address = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        logger.debug("simulator request", extra={"request": format % args})


@dataclass
class RunningSimulator:
    """A simulator serving in a background thread (for tests). `stop()` shuts it down."""

    url: str
    app: SimulatorApp
    _server: WSGIServer
    _thread: threading.Thread

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
        self.app.close()


def start_in_thread(config: SimulatorConfig, host: str = "127.0.0.1", port: int = 0) -> RunningSimulator:
    app = make_app(config)
    server = make_server(host, port, app, server_class=_ThreadingWSGIServer, handler_class=_QuietHandler)
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, name="simulator-http", daemon=True
    )
    thread.start()
    return RunningSimulator(f"http://{host}:{server.server_port}", app, server, thread)


def serve(config: SimulatorConfig, host: str, port: int) -> None:
    """Serve until interrupted (Ctrl-C or SIGTERM handled by the caller)."""
    app = make_app(config)
    server = make_server(host, port, app, server_class=_ThreadingWSGIServer, handler_class=_QuietHandler)
    logger.info("simulator listening on http://%s:%d", host, server.server_port)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        app.close()

"""`carecomms run`: the whole product on one machine — web, worker, scheduler and WhatsApp simulator.

One Ctrl-C (or SIGTERM) stops all four. If any one dies, the others are stopped too, so a broken
embedded run is loud rather than half-working.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time


def _processes(port: int, simulator_port: int) -> dict[str, list[str]]:
    me = [sys.executable, "-m", "carecomms.cli"]
    return {
        "web": [*me, "serve", "--host", "127.0.0.1", "--port", str(port)],
        "worker": [*me, "db_worker", "--queue-name", "*", "--interval", "0.5", "--no-reload", "--no-startup-delay",
                   "--verbosity", "0"],
        "scheduler": [*me, "scheduler"],
        "simulator": [*me, "simulator"],
    }


def run_embedded(port: int = 8000, simulator_port: int = 8001) -> int:
    env = dict(os.environ)
    env.setdefault("SIMULATOR_PORT", str(simulator_port))
    env.setdefault("SIMULATOR_WEBHOOK_URL", f"http://127.0.0.1:{port}/webhooks/whatsapp")
    env.setdefault("WHATSAPP_API_BASE_URL", f"http://127.0.0.1:{simulator_port}")
    # The same simulator plays GOV.UK Notify for SMS, calling back the two Notify webhooks.
    env.setdefault("NOTIFY_BASE_URL", f"http://127.0.0.1:{simulator_port}")
    env.setdefault("SIMULATOR_NOTIFY_RECEIPTS_URL", f"http://127.0.0.1:{port}/webhooks/notify/delivery-receipts")
    env.setdefault("SIMULATOR_NOTIFY_INBOUND_URL", f"http://127.0.0.1:{port}/webhooks/notify/received-texts")
    children = {
        name: subprocess.Popen(command, env=env) for name, command in _processes(port, simulator_port).items()
    }
    print(f"CareComms:           http://127.0.0.1:{port}/", flush=True)
    print(f"WhatsApp simulator:  http://127.0.0.1:{simulator_port}/", flush=True)
    print(f"SMS simulator:       http://127.0.0.1:{simulator_port}/notify/", flush=True)
    print("Press Ctrl-C to stop everything.", flush=True)

    def stop_all(*_: object) -> None:
        for child in children.values():
            if child.poll() is None:
                child.terminate()

    signal.signal(signal.SIGTERM, lambda *_: stop_all())
    exit_code = 0
    try:
        while all(child.poll() is None for child in children.values()):
            time.sleep(0.5)
        dead = [name for name, child in children.items() if child.poll() is not None]
        print(f"Stopped because {', '.join(dead)} exited.", file=sys.stderr)
        exit_code = 1
    except KeyboardInterrupt:
        pass
    finally:
        stop_all()
        for child in children.values():
            try:
                child.wait(timeout=10)
            except subprocess.TimeoutExpired:
                child.kill()
    return exit_code

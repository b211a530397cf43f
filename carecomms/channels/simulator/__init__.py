"""A stand-in for Meta's WhatsApp Cloud API, so CareComms can be run and tested with no Meta account.

It speaks the same Graph API subset (send, media) and signs its webhooks exactly as Meta does; the
gateway can tell it from Meta only by its base URL. A phone-like page lets a tester play the person.
"""

from carecomms.channels.simulator.config import SimulatorConfig
from carecomms.channels.simulator.server import RunningSimulator, make_app, serve, start_in_thread

__all__ = ["RunningSimulator", "SimulatorConfig", "make_app", "serve", "start_in_thread"]

"""WhatsApp Cloud API adapter: pure building blocks (no Django) that the gateway's views and worker call."""

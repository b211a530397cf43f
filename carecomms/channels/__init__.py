"""Channel adapters: how CareComms talks to the outside messaging services (WhatsApp, later SMS)."""

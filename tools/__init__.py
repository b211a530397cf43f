"""Developer tools: the scripts that train the screening models from our labelled sets."""

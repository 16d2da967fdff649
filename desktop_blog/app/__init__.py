"""Controllers and the session: they connect the journal to the windows."""

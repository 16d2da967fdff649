"""The widgets of the window layer."""

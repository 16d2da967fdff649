"""The windows of the window layer."""

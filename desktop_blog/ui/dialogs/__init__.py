"""The dialogs of the window layer."""

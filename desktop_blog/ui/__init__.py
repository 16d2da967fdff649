"""Widgets and dialogs: they present the journal and never run SQL."""

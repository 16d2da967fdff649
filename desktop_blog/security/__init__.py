"""Encryption of the journal (no Qt): the data key and its key file, unlocking, conversion."""

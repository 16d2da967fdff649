"""Encryption of the journal: keys, the key file, unlocking and the login throttle (no Qt)."""

"""Getting the journal out and back in: exports, imports (no Qt; PDF lives in the UI)."""

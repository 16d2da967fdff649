"""Qt item models adapting the storage layer."""

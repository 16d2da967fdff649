"""Qt-free values of the app: its preferences and their declared list."""

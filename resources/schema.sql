-- Desktop Blog schema, version 1: the Flaskr tutorial's entries table.
-- Timestamps are ISO 8601 strings in UTC ("2026-11-26T04:16:06.123456+00:00").
CREATE TABLE IF NOT EXISTS entries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    created TIMESTAMP NOT NULL
);
PRAGMA user_version = 1;

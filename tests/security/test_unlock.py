"""Creating, unlocking, re-keying, recovering and converting journals; backups and drafts."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop_blog.config import Settings, load_settings, write_settings
from desktop_blog.login_throttle import PersistentLoginThrottle, throttle_path_for
from desktop_blog.passwords import hash_password
from desktop_blog.security.conversion import (
    delete_backups,
    encrypt_backup,
    encrypt_plain_journal,
    plain_backups,
)
from desktop_blog.security.keys import KeyFileError, key_file_path, read_key_file
from desktop_blog.security.unlock import (
    UnlockError,
    change_password,
    create_encrypted_journal,
    is_encrypted_journal,
    is_plain_journal,
    recover,
    unlock_journal,
)
from desktop_blog.storage import EntryRepository, is_read_only, open_database
from desktop_blog.storage.backup import backup_journal, check_backup, restore_backup
from desktop_blog.storage.database import DatabaseError
from desktop_blog.storage.drafts import (
    Draft,
    DraftStore,
    JournalDraftStore,
    draft_path_for,
)

PASSWORD = "open sesame"


def _settings(tmp_path: Path, journal: Path, **extra: object) -> Settings:
    path = tmp_path / "settings.toml"
    write_settings(path, {"database": str(journal), "username": "ada", **extra})
    return load_settings(path)


def _snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.endswith(".logins")
    }


@pytest.fixture
def journal(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "journal.sqlite3"
    path.parent.mkdir()
    created = create_encrypted_journal(path, PASSWORD)
    conn = open_database(path, key=created.key)
    EntryRepository(conn).add("First", "<p>one</p>")
    conn.close()
    return path


def test_unlock_opens_the_journal_with_flaskr_messages_otherwise(
    tmp_path: Path, journal: Path
) -> None:
    settings = _settings(tmp_path, journal)
    assert settings.has_credentials
    assert settings.password_hash is None
    before = _snapshot(journal.parent)
    assert unlock_journal(settings, "bob", PASSWORD).message == "Invalid username"
    wrong = unlock_journal(settings, "ada", "open sesamE")
    assert (wrong.message, wrong.ok) == ("Invalid password", False)
    assert _snapshot(journal.parent) == before  # nothing written
    result = unlock_journal(settings, "ada", PASSWORD)
    assert result.ok
    assert not result.plain
    assert result.key is not None
    assert result.connection is not None
    assert [e.title for e in EntryRepository(result.connection).newest(5)] == ["First"]
    key = result.key
    result.lock()  # log out: the connection closes and the key bytes are zeroed
    assert result.connection is None
    assert result.key is None
    with pytest.raises(KeyFileError, match="dropped"):
        key.sqlcipher_pragma()


def test_plain_sqlite_cannot_read_an_encrypted_journal(journal: Path) -> None:
    assert is_encrypted_journal(journal)
    assert not is_plain_journal(journal)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(journal).execute("SELECT * FROM entries").fetchall()
    with pytest.raises(DatabaseError, match="encrypted"):
        open_database(journal)


def test_throttle_survives_a_restart_and_checks_no_password(tmp_path: Path, journal: Path) -> None:
    throttle = PersistentLoginThrottle(throttle_path_for(journal))
    for _ in range(8):
        throttle.failed()  # 8 failures: the next attempt waits 8 s
    restarted = PersistentLoginThrottle(throttle_path_for(journal))
    assert restarted.failures == 8
    assert restarted.wait_seconds() > 0
    result = unlock_journal(_settings(tmp_path, journal), "ada", PASSWORD)
    assert not result.ok
    assert "Too many failed logins" in result.message
    assert result.retry_after > 0
    restarted.succeeded()
    assert not throttle_path_for(journal).exists()
    assert unlock_journal(_settings(tmp_path, journal), "ada", PASSWORD).ok


def test_throttle_file_is_private_and_a_bad_one_counts_as_none(journal: Path) -> None:
    now = [1000.0]
    throttle = PersistentLoginThrottle(throttle_path_for(journal), clock=lambda: now[0])
    for _ in range(6):
        throttle.failed()
    assert oct(throttle_path_for(journal).stat().st_mode & 0o777) == "0o600"
    assert (
        PersistentLoginThrottle(throttle_path_for(journal), clock=lambda: now[0]).wait_seconds()
        == 2
    )
    now[0] += 2
    assert (
        PersistentLoginThrottle(throttle_path_for(journal), clock=lambda: now[0]).wait_seconds()
        == 0
    )
    throttle_path_for(journal).write_text("{broken")
    assert PersistentLoginThrottle(throttle_path_for(journal)).failures == 0


def test_change_password_rewraps_without_touching_the_journal(
    tmp_path: Path, journal: Path
) -> None:
    backup = backup_journal(
        journal, tmp_path / "backups", key=read_key_file(journal).unlock(PASSWORD)
    )
    digest = hashlib.sha256(journal.read_bytes()).hexdigest()
    mtime = journal.stat().st_mtime_ns
    with pytest.raises(UnlockError, match="Invalid password"):
        change_password(journal, "nope", "new password")
    change_password(journal, PASSWORD, "new password")
    assert (hashlib.sha256(journal.read_bytes()).hexdigest(), journal.stat().st_mtime_ns) == (
        digest,
        mtime,
    )
    settings = _settings(tmp_path, journal)
    assert unlock_journal(settings, "ada", PASSWORD).message == "Invalid password"
    assert unlock_journal(settings, "ada", "new password").ok
    # The backup alone, moved elsewhere, opens with the password of its day.
    moved = tmp_path / "elsewhere"
    moved.mkdir()
    shutil.copy(backup, moved / backup.name)
    shutil.copy(key_file_path(backup), moved / key_file_path(backup).name)
    old_key = read_key_file(moved / backup.name).unlock(PASSWORD)
    assert check_backup(moved / backup.name, old_key) == 1


def test_recovery_key_sets_a_new_password(tmp_path: Path) -> None:
    journal = tmp_path / "journal.sqlite3"
    created = create_encrypted_journal(journal, PASSWORD)
    before = key_file_path(journal).read_bytes()
    with pytest.raises(UnlockError, match="Invalid recovery key"):
        recover(journal, "AAAA-" * 7 + "AAAA", "forgotten no more")
    assert key_file_path(journal).read_bytes() == before
    recover(journal, created.recovery_key, "forgotten no more")
    assert unlock_journal(_settings(tmp_path, journal), "ada", "forgotten no more").ok


def test_journal_without_or_with_a_foreign_key_file_is_refused(
    tmp_path: Path, journal: Path
) -> None:
    copy = tmp_path / "copy" / "journal.sqlite3"
    copy.parent.mkdir()
    shutil.copy(journal, copy)
    settings = _settings(tmp_path, copy)
    result = unlock_journal(settings, "ada", PASSWORD)
    assert "key file" in result.message
    assert "missing" in result.message
    other = tmp_path / "other" / "journal.sqlite3"
    other.parent.mkdir()
    create_encrypted_journal(other, PASSWORD)
    shutil.copy(key_file_path(other), key_file_path(copy))
    before = _snapshot(copy.parent)
    result = unlock_journal(settings, "ada", PASSWORD)
    assert "does not belong" in result.message
    key_file_path(copy).write_text("damaged")
    assert "damaged" in unlock_journal(settings, "ada", PASSWORD).message
    key_file_path(copy).write_bytes(key_file_path(other).read_bytes())
    assert _snapshot(copy.parent) == before


def test_new_journal_is_never_created_over_an_existing_one(journal: Path) -> None:
    with pytest.raises(UnlockError, match="already a journal"):
        create_encrypted_journal(journal, PASSWORD)
    with pytest.raises(UnlockError, match="at least 4"):
        create_encrypted_journal(journal.with_name("new.sqlite3"), "abc")


def test_legacy_settings_without_a_journal_create_it_encrypted(tmp_path: Path) -> None:
    journal = tmp_path / "journal.sqlite3"
    settings = _settings(tmp_path, journal, password_hash=hash_password(PASSWORD, log_n=10))
    result = unlock_journal(settings, "ada", PASSWORD)
    assert result.ok
    assert result.recovery_key
    assert is_encrypted_journal(journal)
    assert load_settings(settings.path).password_hash is None  # the key file verifies now


def _plain_journal(tmp_path: Path) -> tuple[Path, Settings]:
    journal = tmp_path / "journal.sqlite3"
    conn = open_database(journal)
    repository = EntryRepository(conn)
    for n in range(30):
        repository.add(f"Plain {n} #old", f"<p>searchable{n} body</p>")
    conn.close()
    settings = _settings(tmp_path, journal, password_hash=hash_password(PASSWORD, log_n=10))
    return journal, settings


def test_plain_journal_unlocks_as_plain_then_converts(tmp_path: Path) -> None:
    journal, settings = _plain_journal(tmp_path)
    old_backup = backup_journal(journal, settings.backups)
    DraftStore(draft_path_for(journal)).save(Draft("Draft title", "<p>draft body</p>"))
    result = unlock_journal(settings, "ada", PASSWORD)
    assert result.ok
    assert result.plain
    result.lock()
    report = encrypt_plain_journal(journal, PASSWORD, backups=settings.backups)
    assert report.entries == 30
    assert report.plain_backups == [old_backup]
    assert "still plain" in report.summary()
    assert is_encrypted_journal(journal)
    assert not draft_path_for(journal).exists()  # the plain draft moved into the journal
    assert sorted(p.name for p in journal.parent.iterdir()) == [
        "backups",
        "journal.sqlite3",
        "journal.sqlite3.key",
        "settings.toml",
    ]
    key = read_key_file(journal).unlock(PASSWORD)
    conn = open_database(journal, key=key)
    repository = EntryRepository(conn)
    assert repository.count() == 30
    # The kept totals came across once: sqlcipher_export copies triggers after the rows.
    assert repository.tag_counts() == [("old", 30)]
    assert conn.execute("SELECT count(*) FROM entry_tags").fetchone() == (30,)
    assert [e.title for e in repository.search("searchable7", 5)] == ["Plain 7 #old"]
    assert JournalDraftStore(conn).load() == Draft("Draft title", "<p>draft body</p>")
    conn.close()
    assert read_key_file(journal).unlock_with_recovery(report.recovery_key).raw == key.raw
    encrypt_backup(old_backup, journal, key)
    assert plain_backups(settings.backups) == []
    assert check_backup(old_backup, key) == 30
    delete_backups([old_backup])
    assert list(settings.backups.iterdir()) == []


def test_encrypting_what_is_not_plain_changes_nothing(tmp_path: Path, journal: Path) -> None:
    before = _snapshot(journal.parent)
    with pytest.raises(UnlockError, match="not a plain journal"):
        encrypt_plain_journal(journal, PASSWORD)
    assert _snapshot(journal.parent) == before


def test_encrypted_backup_carries_its_key_file_and_restores(tmp_path: Path, journal: Path) -> None:
    key = read_key_file(journal).unlock(PASSWORD)
    folder = tmp_path / "backups"
    backup = backup_journal(journal, folder, key=key)
    assert not backup.read_bytes().startswith(b"SQLite format 3")
    assert key_file_path(backup).read_bytes() == key_file_path(journal).read_bytes()
    with pytest.raises(DatabaseError, match="encrypted"):
        check_backup(backup)
    conn = open_database(journal, key=key)
    EntryRepository(conn).add("Second", "<p>two</p>")
    safety = restore_backup(backup, conn, journal, folder, key=key)
    assert EntryRepository(conn).count() == 1
    assert check_backup(safety, key) == 2
    assert key_file_path(safety).exists()
    conn.close()


def test_journal_draft_keeps_format_date_and_any_text(journal: Path) -> None:
    key = read_key_file(journal).unlock(PASSWORD)
    conn = open_database(journal, key=key)
    store = JournalDraftStore(conn)
    assert store.load() is None
    when = datetime(2024, 5, 1, 9, 30, tzinfo=UTC)
    draft = Draft("Title \u202e", "# body \ud800 half", "markdown", when)
    store.save(draft)
    assert JournalDraftStore(conn).load() == draft
    store.save(Draft("", ""))
    assert store.load() is None
    conn.close()


def test_read_only_encrypted_journal_opens_for_reading(journal: Path) -> None:
    key = read_key_file(journal).unlock(PASSWORD)
    journal.chmod(0o444)
    try:
        conn = open_database(journal, key=key)
        assert is_read_only(conn)
        assert EntryRepository(conn).count() == 1
        conn.close()
    finally:
        journal.chmod(0o600)


def test_a_key_file_without_its_journal_is_kept_aside_not_overwritten(tmp_path: Path) -> None:
    journal = tmp_path / "journal.sqlite3"
    create_encrypted_journal(journal, PASSWORD)
    old = key_file_path(journal).read_bytes()
    journal.unlink()  # the journal was moved away; its key file stayed
    assert "missing" in unlock_journal(_settings(tmp_path, journal), "ada", PASSWORD).message
    create_encrypted_journal(journal, "another password")
    kept = list(tmp_path.glob("journal.sqlite3.key.old-*"))
    assert [p.read_bytes() for p in kept] == [old]


_KDF_FIRST = """
import json, sys
from pathlib import Path
from desktop_blog.config import load_settings
from desktop_blog.security import keys
from desktop_blog.security.unlock import unlock_journal

seen = []
derive = keys.KdfParams.derive

def watched(self, secret):
    seen.append(sorted(m for m in ("desktop_blog.storage", "sqlcipher3") if m in sys.modules))
    return derive(self, secret)

keys.KdfParams.derive = watched
result = unlock_journal(load_settings(Path(sys.argv[1])), "alice", sys.argv[2])
print(json.dumps([seen, result.ok]))
"""


def test_the_key_is_derived_before_the_storage_layer_is_imported(
    tmp_path: Path, journal: Path
) -> None:
    """A login pressed before the idle steps imported SQLCipher starts argon2 at once."""
    import json
    import subprocess
    import sys

    settings = tmp_path / "kdf-first.toml"
    write_settings(settings, {"database": str(journal), "username": "alice"})
    result = subprocess.run(
        [sys.executable, "-c", _KDF_FIRST, str(settings), PASSWORD],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [[[]], True]

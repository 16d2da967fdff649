"""The entry view and the preview load nothing: no network request, no local file."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from desktop_blog.storage import MAX_BODY_CHARS, Entry
from desktop_blog.ui.widgets.entry_form import EntryForm
from desktop_blog.ui.widgets.entry_view import EntryView


class _CountingServer(ThreadingHTTPServer):
    requests: list[str]


class _Handler(BaseHTTPRequestHandler):
    server: _CountingServer

    def do_GET(self) -> None:
        self.server.requests.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/css")
        self.end_headers()
        self.wfile.write(b"p { color: red }")

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[_CountingServer]:
    httpd = _CountingServer(("127.0.0.1", 0), _Handler)
    httpd.requests = []
    httpd.timeout = 1
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    yield httpd
    httpd.shutdown()
    thread.join(timeout=5)
    httpd.server_close()


def _hostile_body(base: str, local: Path) -> str:
    file_url = QUrl.fromLocalFile(str(local)).toString()
    return (
        f'<link rel="stylesheet" href="{base}/link.css">'
        f"<style>@import url({base}/import.css); p {{ background: url({base}/bg.png) }}</style>"
        f'<p style="background-image: url({base}/inline.png)">text</p>'
        f'<img src="{base}/img.png" width="10"><img src="{file_url}">'
        f'<table background="{base}/table.png"><tr><td>cell</td></tr></table>'
        f'<a href="{base}/link-target">a link</a>'
    )


@pytest.fixture
def big_image(tmp_path: Path) -> Path:
    path = tmp_path / "secret.png"
    image = QImage(300, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(path))
    return path


def test_viewer_and_preview_make_no_request(
    qtbot: QtBot, server: _CountingServer, big_image: Path
) -> None:
    base = f"http://127.0.0.1:{server.server_address[1]}"
    body = _hostile_body(base, big_image)
    view = EntryView()
    form = EntryForm()
    qtbot.addWidget(view)
    qtbot.addWidget(form)
    view.show()
    form.show()
    view.show_entry(Entry(1, "Hostile", body, datetime.now(UTC)))
    form.set_body(body)  # HTML the rich editor cannot keep: as source, with the preview
    assert form.is_source_mode()
    form.update_preview()
    view.grab()  # paint: every resource the layout wants is asked for now
    form.preview.grab()
    qtbot.wait(300)
    assert server.requests == []
    assert "cell" in view.toPlainText()
    # The server works: the test would see a request if one were made.
    import urllib.request

    with urllib.request.urlopen(f"{base}/probe") as response:
        assert response.status == 200
    assert server.requests == ["/probe"]


def test_local_files_are_not_read(qtbot: QtBot, big_image: Path) -> None:
    """A 300x400 image from disk would make the document tall; unloaded it stays small."""
    view = EntryView()
    qtbot.addWidget(view)
    url = QUrl.fromLocalFile(str(big_image)).toString()
    view.show_entry(Entry(1, "Image", f'<p><img src="{url}"></p>', datetime.now(UTC)))
    without = EntryView()
    qtbot.addWidget(without)
    without.show_entry(Entry(1, "Image", "<p>x</p>", datetime.now(UTC)))
    assert view.document().size().height() < without.document().size().height() + 100
    assert not view.resource_allowed(QUrl(url))
    assert not view.resource_allowed(QUrl("http://127.0.0.1/x.png"))


def test_scripts_and_styles_are_not_shown(qtbot: QtBot) -> None:
    view = EntryView()
    qtbot.addWidget(view)
    view.show_entry(
        Entry(1, "T", "<script>alert(1)</script><style>p{}</style><p>seen</p>", datetime.now(UTC))
    )
    text = view.toPlainText()
    assert "seen" in text
    assert "alert" not in text


def test_title_bidi_override_stays_inside_the_title(qtbot: QtBot) -> None:
    view = EntryView()
    qtbot.addWidget(view)
    view.show_entry(Entry(1, "\u202eevil", "<p>body</p>", datetime.now(UTC)))
    first_line = view.toPlainText().splitlines()[0]
    assert first_line == "\u2068\u202eevil\u2069"


def test_preview_of_a_too_large_body_says_so(qtbot: QtBot) -> None:
    form = EntryForm()
    qtbot.addWidget(form)
    form.set_body("x" * (MAX_BODY_CHARS + 1), "markdown")
    form.update_preview()
    assert "too large to show" in form.preview.toPlainText()

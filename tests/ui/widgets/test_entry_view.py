from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QTextDocument
from pytestqt.qtbot import QtBot

from desktop_blog.ui.widgets.entry_view import EntryView


@pytest.fixture
def view(qtbot: QtBot) -> EntryView:
    widget = EntryView()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


def test_view_never_follows_links_itself(view: EntryView) -> None:
    assert not view.openLinks()
    assert not view.openExternalLinks()


@pytest.mark.parametrize(
    "url", ["https://example.org/a", "http://example.org", "mailto:me@example.org"]
)
def test_web_and_mail_links_go_to_the_system(
    qtbot: QtBot, view: EntryView, opened: list[QUrl], url: str
) -> None:
    with qtbot.assertNotEmitted(view.link_refused):
        view.anchorClicked.emit(QUrl(url))
    assert [u.toString() for u in opened] == [url]


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "javascript:alert(1)",
        "data:text/html,hi",
        "myapp://open",
        "relative/page.html",
    ],
)
def test_other_links_are_refused_with_a_message(
    qtbot: QtBot, view: EntryView, opened: list[QUrl], url: str
) -> None:
    with qtbot.waitSignal(view.link_refused) as blocker:
        view.anchorClicked.emit(QUrl(url))
    assert opened == []
    assert "was not opened" in blocker.args[0]


def test_no_local_file_is_loaded(view: EntryView, tmp_path: Path) -> None:
    secret = tmp_path / "secret.css"
    secret.write_text("p { color: red }")
    url = QUrl.fromLocalFile(str(secret))
    assert view.loadResource(QTextDocument.ResourceType.StyleSheetResource, url) is None
    assert (
        view.loadResource(
            QTextDocument.ResourceType.ImageResource, QUrl("http://127.0.0.1:9/x.png")
        )
        is None
    )


def test_journal_images_load_only_through_the_provider(view: EntryView) -> None:
    from PySide6.QtGui import QImage

    from tests.storage.images_data import png_bytes

    sha = "a" * 64
    image_type = QTextDocument.ResourceType.ImageResource
    url = QUrl(f"journal-image:{sha}")
    assert view.loadResource(image_type, url) is None  # no journal open: nothing loads
    asked: list[str] = []
    view.set_image_provider(lambda key: asked.append(key) or png_bytes(3, 2))
    image = view.loadResource(image_type, url)
    assert isinstance(image, QImage)
    assert (image.width(), image.height()) == (3, 2)
    assert asked == [sha]
    assert view.loadResource(image_type, QUrl("http://127.0.0.1:9/x.png")) is None
    assert view.loadResource(QTextDocument.ResourceType.StyleSheetResource, url) is None
    view.set_image_provider(lambda _key: b"not an image")
    assert view.loadResource(image_type, url) is None

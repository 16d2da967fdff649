"""Generate realistic journals of N entries quickly, cached in ``.bench/``.

Titles and 1-3 KB HTML bodies are drawn from English words with a Zipf-like frequency, each
body carries one rare made-up word, seven in ten end with one to three of 50 ``#tags`` (also
Zipf-like: the tag panel's counts and the tag filters meet a million entries' tags too), and
dates spread evenly over 20 years. The entries are
written with one ``executemany`` in one transaction into a version-1 journal, then the app's
migrations bring it up to date and build the full-text index once.
"""

from __future__ import annotations

import json
import random
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop_blog.resources import read_text
from desktop_blog.storage import open_database
from desktop_blog.storage.database import _migrate as migrate
from desktop_blog.storage.fulltext import register_functions

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".bench"
FORMAT = 3  # bump when the generated content changes (3: #tags)

WORDS = """the of and to a in is it you that he was for on are with as his they be at one have
this from or had by hot word but what some we can out other were all there when up use your
how said an each she which do their time if will way about many then them write would like so
these her long make thing see him two has look more day could go come did number sound no most
people my over know water than call first who may down side been now find any new work part
take get place made live where after back little only round man year came show every good me
give our under name very through just form sentence great think say help low line differ turn
cause much mean before move right boy old too same tell does set three want air well also play
small end put home read hand port large spell add even land here must big high such follow act
why ask men change went light kind off need house picture try us again animal point mother world
near build self earth father head stand own page should country found answer school grow study
still learn plant cover food sun four between state keep eye never last let thought city tree
cross farm hard start might story saw far sea draw left late run while press close night real
life few north open seem together next white children begin got walk example ease paper group
always music those both mark often letter until mile river car feet care second book carry took
science eat room friend began idea fish mountain stop once base hear horse cut sure watch color
face wood main enough plain girl usual young ready above ever red list though feel talk bird
soon body dog family direct pose leave song measure door product black short numeral class wind
question happen complete ship area half rock order fire south problem piece told knew pass since
top whole king space heard best hour better true during hundred five remember step early hold
west ground interest reach fast verb sing listen six table travel less morning ten simple
several vowel toward war lay against pattern slow center love person money serve appear road
map rain rule govern pull cold notice voice unit power town fine certain fly fall lead cry dark
machine note wait plan figure star box noun field rest correct able pound done beauty drive
stood contain front teach week final gave green quick develop ocean warm free minute strong
special mind behind clear tail produce fact street inch multiply nothing course stay wheel full
force blue object decide surface deep moon island foot system busy test record boat common gold
possible plane stead dry wonder laugh thousand ago ran check game shape equate miss brought heat
snow tire bring yes distant fill east paint language among garden journal coffee winter summer
""".split()  # noqa: SIM905
TAGS = """family work travel garden health books music friends cooking running walk sea
mountains city rain snow summer winter spring autumn kids school money home dreams ideas
projects coffee movies art photos birthday holiday weekend morning evening night sleep
reading writing learning sport cycling swimming yoga cats dogs news love pets""".split()  # noqa: SIM905
TAG_WEIGHTS = [1 / (rank + 1) for rank in range(len(TAGS))]
SYLLABLES = "ka zor vel qui mon tra bex lum dri sav ort pex yul gan fio wex rud nim cal hob".split()  # noqa: SIM905


@dataclass(frozen=True)
class Journal:
    """A generated journal and the words the benchmark searches for."""

    path: Path
    size: int
    common: str
    rare: str
    prefix: str
    phrase: str


def _paragraphs(rng: random.Random, count: int) -> list[str]:
    weights = [1 / (rank + 1) for rank in range(len(WORDS))]
    pool = []
    for _ in range(count):
        words = rng.choices(WORDS, weights=weights, k=rng.randint(40, 90))
        words[0] = words[0].capitalize()
        if rng.random() < 0.3:
            i = rng.randrange(len(words))
            words[i] = f"<b>{words[i]}</b>"
        if rng.random() < 0.1:
            i = rng.randrange(len(words))
            words[i] = f'<a href="https://example.org/{words[i]}">{words[i]}</a>'
        pool.append("<p>" + " ".join(words) + ".</p>")
    return pool


def _rare_words(rng: random.Random, count: int) -> list[str]:
    words: set[str] = set()
    while len(words) < count:
        words.add("".join(rng.choices(SYLLABLES, k=4)))
    return sorted(words)


def _rows(size: int, rng: random.Random, pool: list[str], rare: list[str]) -> Iterator[tuple]:
    start = datetime(2006, 1, 1, tzinfo=UTC)
    step = timedelta(days=365 * 20) / max(size, 1)
    for i in range(size):
        body: list[str] = []
        length = 0
        target = rng.randint(1000, 2900)  # bytes of HTML, 1-3 KB with the last line
        while True:
            paragraph = rng.choice(pool)
            if length >= 1000 and length + len(paragraph) > target:
                break
            body.append(paragraph)
            length += len(paragraph)
        body.append(f"<p>Remember {rare[i % len(rare)]}.</p>")
        if rng.random() < 0.7:
            tags = sorted(set(rng.choices(TAGS, weights=TAG_WEIGHTS, k=rng.randint(1, 3))))
            body.append("<p>" + " ".join(f"#{tag}" for tag in tags) + "</p>")
        title = " ".join(rng.choices(WORDS[40:], k=rng.randint(2, 5))).capitalize()
        created = start + step * i + timedelta(seconds=rng.randint(0, 3600))
        yield title, "".join(body), created.isoformat()


def generate(size: int, path: Path) -> None:
    """Write a journal of ``size`` entries to ``path`` (replaced atomically when done)."""
    rng = random.Random(size)
    pool = _paragraphs(rng, 4000)
    rare = _rare_words(rng, max(1, size // 20))
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    conn = sqlite3.connect(partial, isolation_level=None)
    conn.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")
    conn.executescript(read_text("schema.sql"))
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO entries (title, text, created) VALUES (?, ?, ?)", _rows(size, rng, pool, rare)
    )
    conn.execute("COMMIT")
    # The app's own migrations build the full-text index once, here without a journal file
    # (a crash just means generating again) and with a big page cache.
    conn.execute("PRAGMA cache_size = -262144")
    register_functions(conn)
    migrate(conn)
    conn.close()
    open_database(partial).close()  # as the app opens it: WAL, nothing left to migrate
    partial.replace(path)


def journal(size: int) -> Journal:
    """Return the cached journal of ``size`` entries, generating it when missing."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"journal-f{FORMAT}-{size}.sqlite3"
    meta = path.with_suffix(".json")
    if not path.exists() or not meta.exists():
        started = time.perf_counter()
        generate(size, path)
        seconds = time.perf_counter() - started
        meta.write_text(json.dumps({"size": size, "seconds": round(seconds, 1)}))
        print(
            f"generated {size:,} entries in {seconds:.1f} s"
            f" ({path.stat().st_size / 2**20:,.0f} MiB)"
        )
    return Journal(
        path=path,
        size=size,
        common="the",
        rare=_rare_word_of(size),
        prefix="gard",
        phrase='"the garden"',
    )


def _rare_word_of(size: int) -> str:
    rng = random.Random(size)
    _paragraphs(rng, 4000)
    return _rare_words(rng, max(1, size // 20))[size // 40 if size else 0]


if __name__ == "__main__":
    import sys

    for n in sys.argv[1:]:
        print(journal(int(n)))

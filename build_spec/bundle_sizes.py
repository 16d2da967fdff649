"""Print a bundle's size on disk and its largest files (the README's before/after listing).

.venv/bin/python build_spec/bundle_sizes.py [dist/desktop-blog] [--top 25]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path


def disk_bytes(path: Path) -> int:
    """Bytes the file takes on disk (allocated blocks), as ``du`` counts them."""
    return path.stat().st_blocks * 512


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", nargs="?", default="dist/desktop-blog", type=Path)
    parser.add_argument("--top", type=int, default=25, help="how many of the largest files")
    args = parser.parse_args()
    files = [path for path in args.bundle.rglob("*") if path.is_file() and not path.is_symlink()]
    total = sum(disk_bytes(path) for path in files)
    print(f"{args.bundle}: {total / 1e6:.1f} MB on disk, {len(files)} files")
    print(f"\n{'MB':>6}  largest files")
    for path in sorted(files, key=disk_bytes, reverse=True)[: args.top]:
        print(f"{disk_bytes(path) / 1e6:6.1f}  {path.relative_to(args.bundle)}")
    groups: Counter[str] = Counter()
    for path in files:
        parts = path.relative_to(args.bundle).parts
        key = "/".join(parts[:4] if "plugins" in parts or "translations" in parts else parts[:2])
        groups[key if len(parts) > 2 else parts[0]] += disk_bytes(path)
    print(f"\n{'MB':>6}  largest folders")
    for key, size in groups.most_common(12):
        print(f"{size / 1e6:6.1f}  {key}")


if __name__ == "__main__":
    main()

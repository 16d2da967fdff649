#!/usr/bin/env bash
# Build the one-folder bundle dist/desktop-blog/ with PyInstaller (into .venv if missing).
#   bash build_spec/build.sh            build (clean)
# Prints the build time and the bundle size.
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-.venv/bin/python}
"$python" -m PyInstaller --version >/dev/null 2>&1 || "$python" -m pip install -q -e ".[bundle]"
started=$(date +%s.%N)
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --workpath build/pyinstaller --distpath dist build_spec/desktop-blog.spec
# Links PyInstaller left to libraries the spec dropped (QtNetwork, EGLFS, ...): nothing
# loads them, and a package must not ship dangling links.
find dist/desktop-blog -xtype l -delete
elapsed=$(python3 -c "print(f'{$(date +%s.%N) - $started:.0f}')")
echo "bundle: dist/desktop-blog built in ${elapsed}s, $(du -sh dist/desktop-blog | cut -f1)B," \
    "$(find dist/desktop-blog -type f | wc -l) files"

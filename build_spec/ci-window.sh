#!/usr/bin/env bash
# Run inside xvfb-run by ci-package.sh: start the installed desktop entry's Exec line, wait for
# its login window, take a screenshot, then close the app.
#   ci-window.sh DESKTOP_FILE SCREENSHOT.png
set -euo pipefail
desktop_file=$1
shot=$2
here=$(cd "$(dirname "$0")" && pwd)
# The Exec line without field codes (%f, %u, ...), as a desktop menu would run it.
exec_line=$(sed -n 's/^Exec=//p' "$desktop_file" | head -1 | sed 's/ *%[fFuUdDnNickvm]//g')
[ -n "$exec_line" ] || { echo "ci-window: no Exec line in $desktop_file" >&2; exit 1; }
echo "ci-window: starting '$exec_line' from $desktop_file"
# shellcheck disable=SC2086
$exec_line >"$shot.log" 2>&1 &
app=$!
trap 'kill "$app" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
    if xwininfo -root -tree | grep -q '"Log in — Desktop Blog"'; then
        break
    fi
    kill -0 "$app" 2>/dev/null || { echo "ci-window: the app exited:" >&2; cat "$shot.log" >&2; exit 1; }
    sleep 0.2
done
xwininfo -root -tree | grep -q '"Log in — Desktop Blog"' \
    || { echo "ci-window: no login window after 20s" >&2; cat "$shot.log" >&2; exit 1; }
sleep 1 # let it paint
"$here/../.venv/bin/python" "$here/xshot.py" "$shot"
kill "$app"
wait "$app" 2>/dev/null || true
trap - EXIT

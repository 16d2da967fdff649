#!/usr/bin/env bash
# CI for delivery (called by .ci/run after the tests): validate the desktop files, build the
# bundle and the .deb, smoke-test both, install the .deb, start its desktop entry's Exec line
# under Xvfb and take a screenshot, then purge the package and check nothing is left behind
# while the user's journal stays. Prints the time of each step.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
started=$(date +%s)
step() { printf '\n== package: %s (%ss)\n' "$1" "$(($(date +%s) - started))"; }
fail() { echo "ci-package: FAILED: $*" >&2; exit 1; }
desktop_id=$(sed -n 's/^DESKTOP_ID = "\(.*\)"$/\1/p' desktop_blog/__init__.py)
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

step "system tools (installed only when missing)"
# Packaging and desktop validators, Xvfb, and the Wayland client libraries the bundled Qt
# Wayland plugin links against (dpkg-shlibdeps must see them to name them in Depends).
tools=(dpkg-dev desktop-file-utils appstream xvfb xauth x11-utils libwayland-cursor0
    libwayland-egl1 libwayland-client0)
missing=()
for pkg in "${tools[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
        || missing+=("$pkg")
done
if ((${#missing[@]})); then
    echo "installing ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if dpkg-query -W -f='${Status}' desktop-blog 2>/dev/null | grep -q "installed"; then
    echo "removing desktop-blog left installed by an earlier run"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get purge -y -qq desktop-blog >/dev/null
fi

step "desktop entry and AppStream metainfo"
bash build_spec/validate-desktop-files.sh

step "bundle: PyInstaller one-folder build"
rm -rf dist build/pyinstaller
bash build_spec/build.sh

step "bundle: smoke test, outside the checkout"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && QT_QPA_PLATFORM=offscreen "$root/dist/desktop-blog/desktop-blog" --smoke-test) \
    2> "$work/bundle-smoke-errors.txt" | tee "$work/bundle-smoke.txt"
# A module the bundle lacks shows up as a logged traceback, not as a failed smoke test.
if grep -q "Traceback\|Error" "$work/bundle-smoke-errors.txt"; then
    cat "$work/bundle-smoke-errors.txt"
    fail "the bundle's smoke test logged an error"
fi
[ -z "$(find dist/desktop-blog -xtype l)" ] || fail "the bundle has dangling links"
grep -q "resources $root/dist/desktop-blog/_internal/desktop_blog/resources" \
    "$work/bundle-smoke.txt" || fail "the bundle did not use its own resources"
# The key's cipher comes from the OpenSSL in the bundle's own SQLCipher extension, and the
# cryptography package (11.6 MB) is not in the bundle.
grep -q "AES-GCM from OpenSSL $root/dist/desktop-blog/_internal/sqlcipher3/_sqlite3" \
    "$work/bundle-smoke.txt" || fail "the bundle's AES-GCM did not come from its own SQLCipher"
[ ! -e dist/desktop-blog/_internal/cryptography ] || fail "the bundle contains cryptography"
# One SQLite: SQLCipher's. Python's sqlite3 (its module and libsqlite3) is left out.
[ -z "$(find dist/desktop-blog -name 'libsqlite3*' -o -name '_sqlite3.cpython*' \
    -not -path '*/sqlcipher3/*')" ] || fail "the bundle contains Python's sqlite3"
[ ! -e dist/desktop-blog/_internal/desktop_blog/resources/screenshots ] \
    || fail "the bundle contains the README screenshots"
[ -f dist/desktop-blog/LICENSE ] || fail "the bundle has no LICENSE beside the program"

step "bundle: translations"
# The app's catalogues compiled for this build, one per .ts, and none of the sources; Qt's
# own for the languages shipped and Arabic (right to left), and no other.
bundled=dist/desktop-blog/_internal/desktop_blog/resources/translations
for ts in resources/translations/desktop_blog_*.ts; do
    qm="$bundled/$(basename "${ts%.ts}").qm"
    [ -s "$qm" ] || fail "the bundle has no $qm"
done
! ls "$bundled"/*.ts >/dev/null 2>&1 || fail "the bundle contains .ts sources"
qt_translations=dist/desktop-blog/_internal/PySide6/Qt/translations
kept=()
for language in de fr es ar; do
    [ -s "$qt_translations/qtbase_$language.qm" ] || fail "Qt's qtbase_$language.qm is missing"
    kept+=(! -name "qtbase_$language.qm")
done
others=$(find "$qt_translations" -name '*.qm' "${kept[@]}" ! -name qtbase_en.qm -printf '%f ')
[ -z "$others" ] || fail "Qt translations the app never loads: $others"
echo "app: $(cd "$bundled" && echo *.qm); Qt: $(cd "$qt_translations" && echo *.qm)"

step "deb: build"
bash build_spec/build-deb.sh
deb=$(ls dist/desktop-blog_*.deb)
dpkg-deb --info "$deb" | sed -n '/Package:/,/Description:/p'

step "deb: install"
# Which of the package's paths exist before it is installed (/opt, /usr/share/icons/...):
# only those may remain after purging.
dpkg-deb --fsys-tarfile "$deb" | tar -t | sed 's#^\./#/#; s#/$##' | grep -v '^$' \
    | while IFS= read -r path; do [ ! -e "$path" ] || echo "$path"; done >"$work/before.txt"
! grep -q '^/opt/desktop-blog' "$work/before.txt" || fail "/opt/desktop-blog exists before install"
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "./$deb" >/dev/null
dpkg -L desktop-blog >"$work/files.txt"
echo "installed $(wc -l <"$work/files.txt") paths"
[ "$(command -v desktop-blog)" = /usr/bin/desktop-blog ] || fail "desktop-blog is not on PATH"
installed_entry=/usr/share/applications/$desktop_id.desktop
desktop-file-validate "$installed_entry"
for icon in "scalable/apps/$desktop_id.svg" "48x48/apps/$desktop_id.png" "256x256/apps/$desktop_id.png"; do
    [ -f "/usr/share/icons/hicolor/$icon" ] || fail "icon $icon was not installed"
done
[ -f "/usr/share/metainfo/$desktop_id.metainfo.xml" ] || fail "metainfo was not installed"
grep -q "^Icon=$desktop_id$" "$installed_entry" || fail "desktop entry names another icon"
[ -f /opt/desktop-blog/LICENSE ] || fail "the bundle has no LICENSE"
grep -q "Redistribution and use" /usr/share/doc/desktop-blog/copyright || fail "no licence text"
[ -s /opt/desktop-blog/_internal/desktop_blog/resources/translations/desktop_blog_de.qm ] \
    || fail "the installed bundle has no German catalogue"
grep -q "^Comment\[de\]=" "$installed_entry" || fail "the installed desktop entry is not translated"

step "deb: installed app's smoke test"
(cd "$work" && QT_QPA_PLATFORM=offscreen desktop-blog --smoke-test) | tee "$work/deb-smoke.txt"
grep -q "resources /opt/desktop-blog/_internal/desktop_blog/resources" "$work/deb-smoke.txt" \
    || fail "the installed app did not use its own resources"

step "deb: desktop entry's Exec line shows the window under Xvfb"
# A user with a journal: the installed CLI's set-password creates the encrypted journal; then
# the menu's Exec line starts the window, which is photographed.
user_home="$work/home"
mkdir -p "$user_home"
export HOME="$user_home" XDG_CONFIG_HOME="$user_home/.config" XDG_DATA_HOME="$user_home/.local/share"
printf 'ci-user\nci-password\n' | desktop-blog set-password
journal="$XDG_DATA_HOME/desktop-blog/journal.sqlite3"
[ -f "$journal" ] || fail "the installed app did not create $journal"
xvfb-run -a -s "-screen 0 1024x768x24" \
    bash build_spec/ci-window.sh "$installed_entry" "$root/dist/installed-window.png"
journal_sum=$(sha256sum "$journal" | cut -d' ' -f1)

step "deb: purge, then nothing of the package remains"
DEBIAN_FRONTEND=noninteractive $sudo apt-get purge -y -qq desktop-blog >/dev/null
left=()
while IFS= read -r path; do
    if [ "$path" != "/." ] && [ -e "$path" ] && ! grep -qxF "$path" "$work/before.txt"; then
        left+=("$path")
    fi
done <"$work/files.txt"
((${#left[@]} == 0)) || fail "left behind after purge: ${left[*]}"
[ ! -e /opt/desktop-blog ] || fail "/opt/desktop-blog is still there"
hash -r
! command -v desktop-blog >/dev/null || fail "desktop-blog is still on PATH"
[ -f "$journal" ] || fail "purging removed the user's journal"
[ "$(sha256sum "$journal" | cut -d' ' -f1)" = "$journal_sum" ] || fail "the journal changed"
echo "purged: none of the $(wc -l <"$work/files.txt") package paths left; the journal is intact"

step "start-up figures: frozen bundle versus source"
.venv/bin/python build_spec/bench_start.py dist/desktop-blog/desktop-blog 5

step "package done"

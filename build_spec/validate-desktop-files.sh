#!/usr/bin/env bash
# Validate the desktop entry and the AppStream metainfo (Debian's desktop-file-utils and
# appstream; .ci/run installs them through .ci/bootstrap):
#   bash build_spec/validate-desktop-files.sh [FOLDER]   (default: resources/)
# Fails on any error, warning, hint, info or pedantic remark but these two, kept on purpose:
# - cid-contains-uppercase-letter: the reverse-DNS id's capitals, which the specification
#   allows; the id is fixed (desktop file, settings, Wayland app id, macOS bundle id);
# - unknown-tag developer, with appstream older than 1.0 only (Debian 12 has 0.16.1): the
#   <developer id=...> element is AppStream 1.0's, which replaces <developer_name>.
set -euo pipefail
cd "$(dirname "$0")/.."
folder=${1:-resources}
desktop_id=$(sed -n 's/^DESKTOP_ID = "\(.*\)"$/\1/p' desktop_blog/__init__.py)
fail() { echo "validate-desktop-files: FAILED: $*" >&2; exit 1; }

entry="$folder/$desktop_id.desktop"
df_report=$(desktop-file-validate "$entry" 2>&1) || fail "desktop-file-validate $entry: $df_report"
[ -z "$df_report" ] || fail "desktop-file-validate $entry reported: $df_report"
echo "desktop-file-validate $entry: clean"

metainfo="$folder/$desktop_id.metainfo.xml"
as_version=$(appstreamcli --version | sed -n 's/^AppStream version: \([0-9.]*\).*/\1/p')
allowed=(-e "cid-contains-uppercase-letter")
[ "${as_version%%.*}" -ge 1 ] 2>/dev/null || allowed+=(-e "unknown-tag developer")
as_report=$(appstreamcli validate --pedantic --no-net "$metainfo" 2>&1) \
    || fail "appstreamcli validate $metainfo: $as_report"
echo "appstreamcli $as_version validate --pedantic --no-net $metainfo:"
echo "$as_report"
unexpected=$(grep -E '^[EWIP]: ' <<<"$as_report" | grep -v "${allowed[@]}" || true)
[ -z "$unexpected" ] || fail "appstreamcli reported more than the remarks kept on purpose: $unexpected"

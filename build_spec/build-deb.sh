#!/usr/bin/env bash
# Build dist/desktop-blog_<version>_<arch>.deb from the bundle in dist/desktop-blog/
# (build it first with build_spec/build.sh). Needs dpkg-dev (dpkg-shlibdeps).
#   /opt/desktop-blog/                      the bundle
#   /usr/bin/desktop-blog                   launcher
#   /usr/share/applications, metainfo, icons/hicolor   desktop integration
# Depends is computed by dpkg-shlibdeps from every ELF file in the bundle, so it names the
# system libraries Qt and Python link against that the bundle does not carry itself.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
bundle=dist/desktop-blog
[ -x "$bundle/desktop-blog" ] || { echo "build-deb: no bundle in $bundle; run build_spec/build.sh" >&2; exit 1; }
version=$(python3 -c "import sys; sys.path.insert(0, 'build_spec'); import bundle_config; print(bundle_config.version())")
desktop_id=$(sed -n 's/^DESKTOP_ID = "\(.*\)"$/\1/p' desktop_blog/__init__.py)
arch=$(dpkg --print-architecture)
started=$(date +%s)

stage=build/deb/desktop-blog
rm -rf build/deb
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
    "$stage/usr/share/metainfo" "$stage/usr/share/icons/hicolor/scalable/apps" \
    "$stage/usr/share/doc/desktop-blog"
cp -a "$bundle" "$stage/opt/desktop-blog"
install -m 0755 build_spec/deb/desktop-blog.sh "$stage/usr/bin/desktop-blog"
install -m 0644 "resources/$desktop_id.desktop" "$stage/usr/share/applications/"
install -m 0644 "resources/$desktop_id.metainfo.xml" "$stage/usr/share/metainfo/"
# The icon theme's icons are named after the application id, as AppStream expects (and so
# are the repository's: they are copied as they are).
install -m 0644 "resources/icons/$desktop_id.svg" \
    "$stage/usr/share/icons/hicolor/scalable/apps/$desktop_id.svg"
for png in resources/icons/hicolor/*/apps/"$desktop_id.png"; do
    size=$(basename "$(dirname "$(dirname "$png")")")
    install -D -m 0644 "$png" "$stage/usr/share/icons/hicolor/$size/apps/$desktop_id.png"
done
# Debian's copyright file carries the licence text (BSD-3-Clause is not in common-licenses).
{ cat build_spec/deb/copyright; printf '\nLicense: BSD-3-Clause\n'; sed 's/^$/./; s/^/ /' LICENSE; } \
    >"$stage/usr/share/doc/desktop-blog/copyright"
chmod 0644 "$stage/usr/share/doc/desktop-blog/copyright"
# Reproducible, root-owned, no group/other write bits.
chmod -R u+rwX,go+rX,go-w "$stage"

# dpkg-shlibdeps wants a debian/control next to it; the bundle's own folders are private.
mkdir -p build/deb/work/debian
printf 'Source: desktop-blog\n\nPackage: desktop-blog\nArchitecture: any\n' \
    > build/deb/work/debian/control
mapfile -t elfs < <(find "$stage/opt/desktop-blog" -type f \( -name '*.so*' -o -name desktop-blog \) \
    -exec sh -c 'head -c4 "$1" | grep -q "ELF" && echo "$1"' _ {} \;)
private=$(find "$stage/opt/desktop-blog" -type d \( -name _internal -o -path '*/Qt/lib' \) \
    -printf ' -l%p')
# shellcheck disable=SC2086
depends=$(cd build/deb/work && dpkg-shlibdeps -O --ignore-missing-info $private \
    "${elfs[@]/#/$root/}" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
[ -n "$depends" ] || { echo "build-deb: dpkg-shlibdeps found no dependencies" >&2; exit 1; }

installed_size=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
cat > "$stage/DEBIAN/control" <<CONTROL
Package: desktop-blog
Version: $version
Architecture: $arch
Maintainer: Desktop Blog developers <desktop-blog@localhost>
Installed-Size: $installed_size
Depends: $depends, fonts-dejavu-core | fonts-liberation2 | fonts-freefont-ttf
Section: misc
Priority: optional
Description: private, single-user desktop journal
 Desktop Blog is a micro-blog for one person that keeps every entry in one
 SQLite file on the user's own computer. It is a self-contained build: Python
 and Qt are bundled under /opt/desktop-blog.
CONTROL

deb=dist/desktop-blog_${version}_${arch}.deb
dpkg-deb --root-owner-group -Zxz -z6 --build "$stage" "$deb" >/dev/null
echo "deb: $deb built in $(($(date +%s) - started))s, $(du -h "$deb" | cut -f1)B," \
    "installed size ${installed_size} KiB"
echo "deb: Depends: $depends"

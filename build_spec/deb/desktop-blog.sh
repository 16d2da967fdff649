#!/bin/sh
# Launcher installed as /usr/bin/desktop-blog by the Debian package.
exec /opt/desktop-blog/desktop-blog "$@"

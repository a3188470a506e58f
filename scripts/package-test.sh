#!/usr/bin/env bash
# Builds the .deb with cpack from a build directory, checks its metadata (desktop file,
# AppStream metainfo, lintian: warnings are listed, not fatal), and, when run as root (CI),
# installs it with apt-get (which pulls its declared dependencies) and runs the installed
# `paydesk --version` and `paydesk-server --version` from /usr/bin.
#   bash scripts/package-test.sh [build-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(realpath "$(ls -t "$build"/paydesk_*.deb | head -n 1)")
echo "package: $deb"
dpkg-deb --field "$deb" Package Version Depends Recommends
contents=$(dpkg-deb --contents "$deb")
for path in ./usr/bin/paydesk ./usr/bin/paydesk-server ./usr/share/applications/org.paydesk.Paydesk.desktop \
    ./usr/share/metainfo/org.paydesk.Paydesk.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/org.paydesk.Paydesk.svg \
    ./usr/share/icons/hicolor/256x256/apps/org.paydesk.Paydesk.png ./usr/lib/systemd/system/paydesk-server.service; do
  grep -q " $path\$" <<<"$contents" || { echo "package-test: $path is missing from the package" >&2; exit 1; }
done
for dep in libqt6sql6-psql libqt6sql6-sqlite qt6-qpa-plugins libsecret-1-0 fonts-noto-cjk libqt6keychain1; do
  dpkg-deb --field "$deb" Depends | grep -q "$dep" || { echo "package-test: Depends lacks $dep" >&2; exit 1; }
done
desktop-file-validate packaging/org.paydesk.Paydesk.desktop
appstreamcli validate --no-net packaging/org.paydesk.Paydesk.metainfo.xml
if command -v lintian >/dev/null; then
  echo "lintian (listed, not fatal):"
  lintian --tag-display-limit 0 "$deb" 2>&1 | grep -v "running with root privileges" || true
fi
if [ "$(id -u)" = 0 ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" >/dev/null
  echo "installed: $(/usr/bin/paydesk --version) / $(/usr/bin/paydesk-server --version)"
  dpkg -s paydesk | grep -E '^(Status|Version):'
  # Start the installed console in a real X server with a fresh home: it must stay up and create
  # its embedded demo database (the xcb platform plugin, the SQLite driver and fonts come from
  # the package's dependencies).
  home=$(mktemp -d)
  status=0
  HOME="$home" XDG_RUNTIME_DIR="$home" timeout 40 env -u QT_QPA_PLATFORM xvfb-run -a -s "-screen 0 1280x800x24" /usr/bin/paydesk \
    >"$home/paydesk.log" 2>&1 || status=$?
  if [ "$status" != 124 ] || ! ls "$home"/.local/share/Paydesk/paydesk/demo.db >/dev/null 2>&1; then
    echo "package-test: the installed paydesk did not start (exit $status)" >&2
    cat "$home/paydesk.log" >&2
    exit 1
  fi
  echo "started: /usr/bin/paydesk ran 40 s under Xvfb and created $(du -h "$home"/.local/share/Paydesk/paydesk/demo.db | cut -f1) of demo data"
  rm -rf "$home"
else
  echo "package-test: not root, so the package was built and checked but not installed"
fi

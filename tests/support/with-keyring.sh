#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring providing the
# Secret Service (docs/TESTING.md, "QtKeychain without a desktop"), so keychain tests use a
# real keychain on a headless machine. The daemon and its files go away afterwards.
#   with-keyring.sh COMMAND [ARGS...]
set -euo pipefail
if [ -z "${PAYDESK_KEYRING_SESSION:-}" ]; then
  export PAYDESK_KEYRING_SESSION=1
  exec dbus-run-session -- bash "$0" "$@"
fi
tmp=$(mktemp -d)
chmod 700 "$tmp"
export XDG_RUNTIME_DIR="$tmp" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME"
unset DISPLAY
printf 'paydesk-test-keyring' | gnome-keyring-daemon --foreground --unlock --components=secrets >"$tmp/daemon.log" 2>&1 &
daemon=$!
trap 'kill "$daemon" 2>/dev/null || true; wait "$daemon" 2>/dev/null || true; rm -rf "$tmp"' EXIT
for _ in $(seq 100); do
  if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
    break
  fi
  sleep 0.1
done
export PAYDESK_REAL_KEYRING=1
status=0
"$@" || status=$?
exit "$status"

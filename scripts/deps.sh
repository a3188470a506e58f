# Debian 12 packages Paydesk needs, sourced by scripts/start, scripts/test and .ci/run.
# Keep them here so the README's commands, CI and packaging stay in step.

# Compiler, CMake and the -dev packages of every library the code links.
PAYDESK_BUILD_PACKAGES=(
  build-essential cmake pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev
  qt6-pdf-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6opengl6-dev libgl-dev libvulkan-dev libxkbcommon-dev
  qtkeychain-qt6-dev libqrencode-dev libssl-dev libpq-dev libsqlite3-dev zlib1g-dev liboath-dev
)
# What the program loads at run time: SQL drivers, SVG icons, CJK fonts, Qt's own Korean
# strings, the Secret Service client.
PAYDESK_RUNTIME_PACKAGES=(
  libqt6sql6-psql libqt6sql6-sqlite libqt6svg6 libqt6pdf6 fonts-noto-cjk qt6-translations-l10n libsecret-1-0
  liboath0
)
# What the tests use: a throwaway PostgreSQL server, an independent QR decoder, PDF to image,
# a headless keychain (gnome-keyring on a private D-Bus session), and for the package test the
# Debian tools (dpkg-shlibdeps, lintian), metadata validators and an X server to start the
# installed console in.
PAYDESK_TEST_PACKAGES=(
  postgresql zbar-tools poppler-utils openssl gnome-keyring dbus-daemon dbus-bin
  dpkg-dev lintian appstream desktop-file-utils xvfb xauth
  prometheus  # promtool checks paydesk-server's /metrics
  haproxy wrk oathtool  # two server instances behind a balancer, the load test, independent TOTP codes
)

# paydesk_install_packages PKG...: apt-get install as root, or through sudo.
paydesk_install_packages() {
  local missing=()
  local pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  local sudo=()
  if [ "$(id -u)" != 0 ]; then
    sudo=(sudo)
  fi
  echo "paydesk: installing ${missing[*]}"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

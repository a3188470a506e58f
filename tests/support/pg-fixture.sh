#!/usr/bin/env bash
# Starts or stops the throwaway PostgreSQL cluster the tests run against (CTest fixture
# "postgres"; recipe in docs/TESTING.md).
#   pg-fixture.sh start STATE_DIR   initdb into a fresh temp dir, listen on 127.0.0.1 at a free
#                                   port, write the admin URL to STATE_DIR/url
#   pg-fixture.sh start STATE_DIR --tls
#                                   the same with TLS: a throwaway CA (STATE_DIR/ca.crt) signs a
#                                   server certificate for DNS name "localhost" only; a second,
#                                   unrelated CA is written to STATE_DIR/other-ca.crt
#   pg-fixture.sh stop STATE_DIR    stop it (immediate) and delete the cluster
# PostgreSQL refuses to run as root, so as root the cluster runs as the system user
# paydesk-pgtest, in a directory under /tmp that this user can reach.
set -euo pipefail
cmd=${1:?start or stop}
state=${2:?state directory}
tls=${3:-}
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$pgbin" ]; then
  echo "pg-fixture: PostgreSQL server binaries not found; install the postgresql package" >&2
  exit 1
fi
run=()
if [ "$(id -u)" = 0 ]; then
  id paydesk-pgtest >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin paydesk-pgtest
  run=(runuser -u paydesk-pgtest --)
fi

stop_cluster() {
  if [ -f "$state/datadir" ]; then
    local dir
    dir=$(cat "$state/datadir")
    if [ -d "$dir/data" ]; then
      "${run[@]}" "$pgbin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    rm -f "$state/datadir" "$state/url" "$state/ca.crt" "$state/other-ca.crt"
  fi
}

case "$cmd" in
start)
  mkdir -p "$state"
  stop_cluster
  dir=$(mktemp -d /tmp/paydesk-pgtest.XXXXXX)
  chmod 755 "$dir"
  echo "$dir" > "$state/datadir"
  [ "$(id -u)" = 0 ] && chown paydesk-pgtest: "$dir"
  "${run[@]}" "$pgbin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2; exit 1; }
  ssl_opts=""
  if [ "$tls" = "--tls" ]; then
    command -v openssl >/dev/null || { echo "pg-fixture: --tls needs the openssl command" >&2; exit 1; }
    certs="$dir/certs"
    mkdir -p "$certs"
    ec=(-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes)
    openssl req -x509 "${ec[@]}" -keyout "$certs/ca.key" -out "$certs/ca.crt" -days 2 \
      -subj "/CN=Paydesk test CA" 2>/dev/null
    openssl req "${ec[@]}" -keyout "$certs/server.key" -out "$certs/server.csr" -subj "/CN=localhost" 2>/dev/null
    printf 'subjectAltName=DNS:localhost\nbasicConstraints=CA:FALSE\n' > "$certs/ext.cnf"
    openssl x509 -req -in "$certs/server.csr" -CA "$certs/ca.crt" -CAkey "$certs/ca.key" -CAcreateserial \
      -out "$certs/server.crt" -days 2 -extfile "$certs/ext.cnf" 2>/dev/null
    openssl req -x509 "${ec[@]}" -keyout "$certs/other.key" -out "$certs/other-ca.crt" -days 2 \
      -subj "/CN=Another CA" 2>/dev/null
    chmod 600 "$certs/server.key"
    [ "$(id -u)" = 0 ] && chown -R paydesk-pgtest: "$certs"
    cp "$certs/ca.crt" "$state/ca.crt"
    cp "$certs/other-ca.crt" "$state/other-ca.crt"
    ssl_opts="-c ssl=on -c ssl_cert_file=$certs/server.crt -c ssl_key_file=$certs/server.key"
  fi
  for attempt in 1 2 3 4 5 6 7 8; do
    port=$((20000 + (RANDOM * 32768 + RANDOM) % 40000))
    if "${run[@]}" "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 30 \
        -o "-k $dir -c listen_addresses=127.0.0.1 -p $port -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 $ssl_opts" \
        start >/dev/null 2>&1; then
      echo "postgresql://postgres@127.0.0.1:$port/postgres?sslmode=disable" > "$state/url"
      echo "pg-fixture: PostgreSQL listening on 127.0.0.1:$port (data in $dir)"
      exit 0
    fi
    echo "pg-fixture: port $port did not work (attempt $attempt), trying another" >&2
  done
  tail -n 20 "$dir/log" >&2 || true
  exit 1
  ;;
stop)
  stop_cluster
  echo "pg-fixture: stopped"
  ;;
*)
  echo "usage: $0 start|stop STATE_DIR" >&2
  exit 2
  ;;
esac

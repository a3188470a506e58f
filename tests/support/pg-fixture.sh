#!/usr/bin/env bash
# Starts or stops the throwaway PostgreSQL cluster the tests run against (CTest fixture
# "postgres"; recipe in docs/TESTING.md).
#   pg-fixture.sh start STATE_DIR   initdb into a fresh temp dir, listen on 127.0.0.1 at a free
#                                   port, write the admin URL to STATE_DIR/url
#   pg-fixture.sh start STATE_DIR --tls
#                                   the same with TLS: a throwaway CA (STATE_DIR/ca.crt) signs a
#                                   server certificate for DNS name "localhost" only; a second,
#                                   unrelated CA is written to STATE_DIR/other-ca.crt
#   pg-fixture.sh stop STATE_DIR    stop it (immediate) and delete the cluster (and its standby)
#   pg-fixture.sh pause STATE_DIR   stop it (fast) and keep the data: the database "goes away"
#   pg-fixture.sh resume STATE_DIR  start it again on the same port, with the same data
#   pg-fixture.sh standby STATE_DIR a streaming replica of it (pg_basebackup -R, hot standby) on
#                                   another free port; its URL goes to STATE_DIR/standby-url
#   pg-fixture.sh standby-pause|standby-resume STATE_DIR
#                                   stop or start the replica's WAL replay (pg_wal_replay_pause),
#                                   so that it falls behind the primary on purpose
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
    if [ -d "$dir/standby" ]; then
      "${run[@]}" "$pgbin/pg_ctl" -D "$dir/standby" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    rm -f "$state/datadir" "$state/url" "$state/standby-url" "$state/ca.crt" "$state/other-ca.crt" "$state/options"
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
    options="-k $dir -c listen_addresses=127.0.0.1 -p $port -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c wal_level=replica -c max_wal_senders=4 $ssl_opts"
    if "${run[@]}" "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 30 -o "$options" start >/dev/null 2>&1; then
      echo "$options" > "$state/options"
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
pause)
  dir=$(cat "$state/datadir")
  "${run[@]}" "$pgbin/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null
  echo "pg-fixture: paused (data kept in $dir)"
  ;;
resume)
  dir=$(cat "$state/datadir")
  "${run[@]}" "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 30 -o "$(cat "$state/options")" start >/dev/null
  echo "pg-fixture: resumed"
  ;;
standby)
  dir=$(cat "$state/datadir")
  primary=$(sed -E 's|.*@127\.0\.0\.1:([0-9]+)/.*|\1|' "$state/url")
  "${run[@]}" "$pgbin/pg_basebackup" -h 127.0.0.1 -p "$primary" -U postgres -D "$dir/standby" -R -X stream -c fast \
    >"$dir/basebackup.log" 2>&1 || { cat "$dir/basebackup.log" >&2; exit 1; }
  for attempt in 1 2 3 4 5 6 7 8; do
    port=$((20000 + (RANDOM * 32768 + RANDOM) % 40000))
    if "${run[@]}" "$pgbin/pg_ctl" -D "$dir/standby" -l "$dir/standby.log" -w -t 30 \
        -o "-k $dir -c listen_addresses=127.0.0.1 -p $port -c hot_standby=on -c max_connections=200" start >/dev/null 2>&1; then
      echo "postgresql://postgres@127.0.0.1:$port/postgres?sslmode=disable" > "$state/standby-url"
      echo "pg-fixture: standby of 127.0.0.1:$primary listening on 127.0.0.1:$port"
      exit 0
    fi
    echo "pg-fixture: standby port $port did not work (attempt $attempt), trying another" >&2
  done
  tail -n 20 "$dir/standby.log" >&2 || true
  exit 1
  ;;
standby-pause|standby-resume)
  fn=pg_wal_replay_pause
  [ "$cmd" = standby-resume ] && fn=pg_wal_replay_resume
  port=$(sed -E 's|.*@127\.0\.0\.1:([0-9]+)/.*|\1|' "$state/standby-url")
  psql -h 127.0.0.1 -p "$port" -U postgres -d postgres -Atqc "select $fn()" >/dev/null
  echo "pg-fixture: $cmd done"
  ;;
*)
  echo "usage: $0 start|stop|pause|resume|standby|standby-pause|standby-resume STATE_DIR" >&2
  exit 2
  ;;
esac

#!/usr/bin/env bash
# Load test of paydesk-server (docs/PERFORMANCE.md, "REST server under load"). Over a Paydesk
# PostgreSQL database it starts two server instances (shared token key, as in production) and
# HAProxy (Debian package) in front of them, all on loopback, makes a staff account, and runs wrk
# (Debian package) for SECONDS each, in one run:
#   1. one instance, direct                     (the baseline)
#   2. one instance behind HAProxy              (what the balancer costs)
#   3. two instances behind HAProxy             (what a second instance brings)
# against the first page of payments (200 rows, gzip as the console asks), then a payment's
# detail on one instance, then bench_rest. Each wrk line prints requests/s, p50/p95/p99 and
# errors (socket errors and non-2xx answers); the ratios are to run 1. Not part of the test run.
#   bash scripts/load.sh postgresql://postgres@127.0.0.1:5432/bench1m [build-dir] [seconds] [connections]
# Make the database with: paydesk --generate-demo URL --scale 1
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:?database URL}
build=${2:-build}
seconds=${3:-60}
connections=${4:-32}
for tool in wrk haproxy curl; do
  command -v "$tool" >/dev/null || { . scripts/deps.sh; paydesk_install_packages wrk haproxy curl; }
done
password="load test password"
"$build/app/paydesk" admin add-staff --db "$db" --login load.hq --role hq_admin --org HQ >/dev/null 2>&1 || true
echo "$password" | "$build/server/paydesk-server" --db "$db" --set-password load.hq >/dev/null

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
head -c 48 /dev/urandom >"$work/token.key"

# start_server NAME: an instance on a free port, its base URL in $work/NAME.url
start_server() {
  "$build/server/paydesk-server" --db "$db" --listen 127.0.0.1:0 --workers 4 --token-key-file "$work/token.key" \
    --requests-per-minute 1000000 --mfa-roles none >"$work/$1.out" 2>/dev/null &
  pids+=($!)
  for _ in $(seq 100); do grep -q listening "$work/$1.out" && break; sleep 0.1; done
  grep -o 'http://[0-9.:]*' "$work/$1.out" >"$work/$1.url"
}
start_server a
start_server b
a=$(cat "$work/a.url")
b=$(cat "$work/b.url")

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
# haproxy_config PORT SERVER...: round robin over the servers, as tests/integration/tst_cluster.
haproxy_config() {
  local port=$1
  shift
  printf 'global\n    maxconn 4096\ndefaults\n    mode http\n    timeout connect 2s\n    timeout client 30s\n'
  printf '    timeout server 30s\n    option httpchk GET /api/v1/health/ready\n    retries 2\n    option redispatch\n'
  printf '    http-reuse always\nfrontend paydesk\n    bind 127.0.0.1:%s\n    default_backend servers\n' "$port"
  printf 'backend servers\n    balance roundrobin\n'
  local i=0
  for url in "$@"; do
    i=$((i + 1))
    printf '    server s%s %s check inter 1s\n' "$i" "${url#http://}"
  done
}
one_port=$(free_port)
two_port=$(free_port)
haproxy_config "$one_port" "$a" >"$work/one.cfg"
haproxy_config "$two_port" "$a" "$b" >"$work/two.cfg"
haproxy -db -f "$work/one.cfg" >"$work/one.log" 2>&1 &
pids+=($!)
haproxy -db -f "$work/two.cfg" >"$work/two.log" 2>&1 &
pids+=($!)
for port in "$one_port" "$two_port"; do
  for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/api/v1/health" >/dev/null && break; sleep 0.2; done
done

token=$(curl -sf -X POST "$a/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d "{\"username\":\"load.hq\",\"password\":\"$password\"}" | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
id=$(curl -sf -H "Authorization: Bearer $token" "$a/api/v1/payments?limit=1" | sed 's/.*"rows":\[\[\([0-9]*\),.*/\1/')

# wrk's Lua hooks: the headers, then one summary line with p95 (wrk --latency has no p95).
cat >"$work/report.lua" <<EOF
wrk.headers["Authorization"] = "Bearer $token"
wrk.headers["Accept-Encoding"] = "gzip"
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout + summary.errors.status
  io.write(string.format("RESULT requests=%d rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d\n",
    summary.requests, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, errors))
end
EOF

# run LABEL URL: wrk with 2 threads (the machine's cores) and $connections connections
run() {
  local line
  line=$(wrk -t2 -c"$connections" -d"${seconds}s" -s "$work/report.lua" "$2" | grep '^RESULT')
  echo "$1 ${line#RESULT }"
  echo "$line" | sed 's/.*rps=\([0-9.]*\).*/\1/' >"$work/$3.rps"
}
page="/api/v1/payments?limit=200"
echo "== wrk ${seconds}s, 2 threads, $connections connections, GET $page"
run "one instance, direct:         " "$a$page" direct
run "one instance behind HAProxy:  " "http://127.0.0.1:$one_port$page" one
run "two instances behind HAProxy: " "http://127.0.0.1:$two_port$page" two
direct=$(cat "$work/direct.rps")
ratio() { awk -v a="$1" -v b="$direct" 'BEGIN { printf "%.2f", a / b }'; }
echo "ratio of requests/s to one instance direct: behind HAProxy $(ratio "$(cat "$work/one.rps")")x," \
  "two instances behind HAProxy $(ratio "$(cat "$work/two.rps")")x"
echo "== wrk ${seconds}s, GET /api/v1/payments/$id (detail), one instance"
run "detail, one instance direct:  " "$a/api/v1/payments/$id" detail
if [ -x "$build/tests/bench/bench_rest" ]; then
  echo "== bench_rest"
  "$build/tests/bench/bench_rest" --server "$a" --user load.hq --password "$password" --db "$db" --runs 50
fi

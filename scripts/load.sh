#!/usr/bin/env bash
# Load test of paydesk-server: starts the server over a Paydesk PostgreSQL database,
# makes a staff account, runs wrk (Debian package) for 60 s each against a list endpoint (first
# page of payments) and a detail endpoint on loopback, then bench_rest (REST first page vs a
# bare HTTP fetch + JSON parse). Not part of the test run.
#   bash scripts/load.sh postgresql://postgres@127.0.0.1:5432/bench1m [build-dir] [seconds]
# Make the database with: paydesk --generate-demo URL --scale 4
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:?database URL}
build=${2:-build}
seconds=${3:-60}
command -v wrk >/dev/null || { . scripts/deps.sh; paydesk_install_packages wrk; }
password="load test password"
"$build/app/paydesk" admin add-staff --db "$db" --login load.hq --role hq_admin --org HQ >/dev/null
echo "$password" | "$build/server/paydesk-server" --db "$db" --set-password load.hq >/dev/null
log=$(mktemp)
"$build/server/paydesk-server" --db "$db" --listen 127.0.0.1:0 --workers 4 >"$log" 2>/dev/null &
server=$!
trap 'kill $server 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 50); do grep -q listening "$log" && break; sleep 0.2; done
base=$(grep -o 'http://[0-9.:]*' "$log")
token=$(curl -sf -X POST "$base/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d "{\"username\":\"load.hq\",\"password\":\"$password\"}" | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
id=$(curl -sf -H "Authorization: Bearer $token" "$base/api/v1/payments?limit=1" | sed 's/.*"rows":\[\[\([0-9]*\),.*/\1/')
echo "== wrk ${seconds}s, 4 threads, 32 connections: GET /api/v1/payments?limit=200 (first page)"
wrk -t4 -c32 -d"${seconds}s" --latency -H "Authorization: Bearer $token" "$base/api/v1/payments?limit=200"
echo "== wrk ${seconds}s, 4 threads, 32 connections: GET /api/v1/payments/$id (detail)"
wrk -t4 -c32 -d"${seconds}s" --latency -H "Authorization: Bearer $token" "$base/api/v1/payments/$id"
echo "== bench_rest"
"$build/tests/bench/bench_rest" --server "$base" --user load.hq --password "$password" --db "$db" --runs 50

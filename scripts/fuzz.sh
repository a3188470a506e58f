#!/usr/bin/env bash
# Fuzzes every JSON response parser of the console's REST connection, everything
# paydesk-server reads from clients (request codecs, access tokens, list cursors), and what the
# chain watcher reads from Electrum servers (raw transactions, headers, BIP21), with
# libFuzzer under AddressSanitizer and UndefinedBehaviorSanitizer, seeded with real responses
# (tests/fuzz/corpus) and requests (tests/fuzz/requests). Not part of the normal test run.
#   bash scripts/fuzz.sh [seconds per target, default 120] [target ...]
# Exits non-zero when a parser crashes, leaks or trips a sanitizer; the input is kept in
# build-fuzz/findings/<parser>/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-120}
. scripts/deps.sh
paydesk_install_packages "${PAYDESK_BUILD_PACKAGES[@]}" clang-14 libclang-rt-14-dev
sanitize="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 \
  -DCMAKE_CXX_FLAGS="$sanitize" -DPAYDESK_FUZZ=ON -DPAYDESK_BUILD_TESTS=OFF -DPAYDESK_BUILD_BENCHMARKS=OFF >/dev/null
listed() { sed -n "/^set($1/,/)/p" tests/fuzz/CMakeLists.txt | tr -d '()' | sed "s/^set//; s/$1//" | xargs; }
client=$(listed PAYDESK_FUZZ_PARSERS)
server=$(listed PAYDESK_FUZZ_SERVER)
chain=$(listed PAYDESK_FUZZ_CHAIN)
parsers="$client $server $chain"
if [ $# -gt 1 ]; then
  shift
  parsers="$*"
fi
targets=()
for p in $parsers; do targets+=("fuzz_$p"); done
cmake --build build-fuzz --parallel "$(nproc)" --target "${targets[@]}"
export ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
failed=0
for p in $parsers; do
  corpus=build-fuzz/corpus/$p
  findings=build-fuzz/findings/$p
  mkdir -p "$corpus" "$findings"
  case " $server " in
    *" $p "*) cp tests/fuzz/requests/* "$corpus"/ ;;
    *) case " $chain " in
         *" $p "*) cp tests/fuzz/chain/* "$corpus"/ ;;
         *) cp tests/fuzz/corpus/*.json "$corpus"/ ;;
       esac ;;
  esac
  echo "== fuzz_$p for ${seconds}s"
  if ! QT_QPA_PLATFORM=offscreen build-fuzz/tests/fuzz/fuzz_$p -max_total_time="$seconds" -rss_limit_mb=4096 \
      -artifact_prefix="$findings/" "$corpus" 2>build-fuzz/fuzz_$p.log; then
    echo "fuzz_$p FAILED; see build-fuzz/fuzz_$p.log and $findings"
    tail -n 30 build-fuzz/fuzz_$p.log
    failed=1
  else
    grep -E "^(#[0-9]+\s+DONE|Done)" build-fuzz/fuzz_$p.log | tail -n 1 || true
  fi
done
exit $failed

#!/usr/bin/env bash
# The API's latency for a good client while ATTACKERS clients flood it with bogus HTTP Basic credentials
# (issue 13, hole 1): `./coastwatch serve` of the tree BEFORE (built), then of this tree twice — as
# configured by default (failed log-ins back off per address), and with the per-address back-off lifted
# (what bounded hashing alone does). The clients are this tree's BogusBasicBench; each phase SECONDS.
#   coastwatch-bench/compare/bogus-basic.sh BEFORE_TREE [ATTACKERS] [SECONDS]     (defaults: 16 20)
# COASTWATCH_NO_BUILD=1 runs this tree as last built (no `mvnw package` first).
set -euo pipefail
root_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
before=$(cd "${1:?the tree to compare with, built (mvnw -DskipTests package)}" && pwd)
attackers=${2:-16}
seconds=${3:-20}
http_port=${COASTWATCH_BENCH_HTTP_PORT:-18481}
password=bogus-basic-bench-password
. "$root_dir/scripts/find-jdk.sh"
coastwatch_find_jdk
if [ -z "${COASTWATCH_NO_BUILD:-}" ]; then
  "$root_dir/mvnw" -q -B -Dstyle.color=never -DskipTests package -pl coastwatch-bench -am
fi
touch "$root_dir/coastwatch-server/target/lib/.coastwatch-build" "$before/coastwatch-server/target/lib/.coastwatch-build"

run() { # NAME TREE [ENV…]
  local name=$1 tree=$2 work; shift 2
  work=$(mktemp -d /tmp/coastwatch-bogus-basic.XXXXXX)
  env "$@" COASTWATCH_NO_BUILD=1 COASTWATCH_ADMIN_PASSWORD=$password SERVER_ADDRESS=127.0.0.1 \
    "$tree/coastwatch" serve --port "$http_port" --data "$work/data" >"$work/server.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 240); do
    curl -fs "http://127.0.0.1:$http_port/actuator/health" >/dev/null 2>&1 && break
    sleep 0.5
  done
  echo "== $name ($(git -C "$tree" log -1 --format=%h)), load $(cut -d' ' -f1-3 /proc/loadavg)"
  "$JAVA_HOME/bin/java" -cp "$root_dir/coastwatch-bench/target/benchmarks.jar" \
    io.coastwatch.bench.security.BogusBasicBench "$http_port" "$password" "$attackers" "$seconds" || true
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$work"
}

run before "$before"
run after "$root_dir"
run "after, no per-address back-off" "$root_dir" COASTWATCH_SECURITY_LOCKOUT_ADDRESSATTEMPTS=2000000000

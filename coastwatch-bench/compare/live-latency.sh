#!/usr/bin/env bash
# Latency from a sentence's arrival to its WebSocket update: starts `./coastwatch serve` (fresh data
# directory, a tcp-listen source), sends Class A position reports over TCP at RATE sentences/s for
# SECONDS while a WebSocket client subscribed to the area measures each update; prints percentiles.
#   coastwatch-bench/compare/live-latency.sh [RATE] [SECONDS]     (defaults: 10000 30)
set -euo pipefail
root_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$root_dir/scripts/find-jdk.sh"
coastwatch_find_jdk
work=$(mktemp -d /tmp/coastwatch-latency.XXXXXX)
http_port=${COASTWATCH_BENCH_HTTP_PORT:-18480}
feed_port=${COASTWATCH_BENCH_FEED_PORT:-18410}
password=latency-bench-password
"$root_dir/mvnw" -q -B -Dstyle.color=never -DskipTests package -pl coastwatch-bench -am
touch "$root_dir/coastwatch-server/target/lib/.coastwatch-build"
COASTWATCH_NO_BUILD=1 COASTWATCH_ADMIN_PASSWORD=$password SERVER_ADDRESS=127.0.0.1 \
  "$root_dir/coastwatch" serve --port "$http_port" --data "$work/data" \
  --source "tcp-listen://127.0.0.1:$feed_port" >"$work/server.log" 2>&1 &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 240); do
  curl -fs "http://127.0.0.1:$http_port/actuator/health" >/dev/null 2>&1 && break
  sleep 0.5
done
"$JAVA_HOME/bin/java" -cp "$root_dir/coastwatch-bench/target/benchmarks.jar" \
  io.coastwatch.bench.ingest.LiveLatencyBench "$http_port" "$feed_port" "$password" "${1:-10000}" "${2:-30}"

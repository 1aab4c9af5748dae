#!/usr/bin/env bash
# Sustained ingest: NMEA over TCP -> source thread (split, decode) -> engine -> SQLite (or no storage,
# or decoding only), in one JVM. The source waits when the engine's queue is full, so nothing is
# dropped and the figure is the rate of the slowest stage.
#   coastwatch-bench/compare/ingest.sh [sqlite|none|decode] [MESSAGES] [RUNS]   (defaults: sqlite 2000000 3)
set -euo pipefail
root_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$root_dir/scripts/find-jdk.sh"
coastwatch_find_jdk
"$root_dir/mvnw" -q -B -Dstyle.color=never -DskipTests package -pl coastwatch-bench -am
exec "$JAVA_HOME/bin/java" -Xmx4g -cp "$root_dir/coastwatch-bench/target/benchmarks.jar" \
  io.coastwatch.bench.ingest.IngestBench "${1:-sqlite}" "${2:-2000000}" "${3:-3}"

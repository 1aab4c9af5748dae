#!/usr/bin/env bash
# History store benchmarks, through the store's own API (coastwatch-store), on SQLite and on
# PostgreSQL (an embedded server from Maven Central binaries, started by the benchmark):
#   append  the sustained rate of PositionStore.append + flush, FIXES fixes of 10,000 vessels in
#           time order over DAYS days (30: a fix per vessel every 2.4 h, so a block per fix; 1: every
#           4.8 min, about 10 fixes per block), RUNS runs on new databases; prints each run and the median.
#   track   the latency of PositionStore.track for a 30-day window of a random vessel, on stores
#           loaded through the store with each of SIZES positions (10,000 vessels over 100 days); prints per size
#           the load rate, database size, median / p90 / p99 / max over 1,000 queries.
#   visits  "which vessels were inside this area during these 24 hours" (AreaVisits) on a store
#           loaded with VESSELS vessels reporting every INTERVAL seconds over 2 days; a small and
#           a large area, median of 3 runs.
#   audit-writes  audited writes per second: WRITES durable transactions one after the other, each a
#           small write and its audit record, beside the same writes without it; RUNS runs.
#   audit-verify  the time AuditLog.verify takes over a log of ENTRIES entries; RUNS runs.
#   fleet-import  a whole fleet registry of VESSELS vessels read, checked and imported (one transaction,
#           a history version each), beside the first registry's import of the same vessels; RUNS runs.
#   fleet-lookup  10,000 lookups of a vessel by any identity in a fleet registry of VESSELS; RUNS runs.
# Usage:
#   coastwatch-bench/compare/store.sh append sqlite|postgresql [FIXES] [RUNS] [DAYS] (3000000, 3, 30)
#   coastwatch-bench/compare/store.sh track sqlite|postgresql [SIZES]             (1000000,10000000,100000000)
#   coastwatch-bench/compare/store.sh visits sqlite|postgresql [VESSELS] [INTERVAL] (5000, 30)
#   coastwatch-bench/compare/store.sh audit-writes sqlite|postgresql [WRITES] [RUNS]  (20000, 5)
#   coastwatch-bench/compare/store.sh audit-verify sqlite|postgresql [ENTRIES] [RUNS] (1000000, 3)
#   coastwatch-bench/compare/store.sh fleet-import sqlite|postgresql [VESSELS] [RUNS] (100000, 3)
#   coastwatch-bench/compare/store.sh fleet-lookup sqlite|postgresql [VESSELS] [RUNS] (100000, 3)
# Databases go to ${COASTWATCH_BENCH_DIR:-/tmp/coastwatch-bench}/store (100M positions take about
# 8 GB on SQLite, more on PostgreSQL).
set -euo pipefail
root_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
what=${1:?append, track, visits, audit-writes, audit-verify, fleet-import or fleet-lookup}
backend=${2:?sqlite or postgresql}
work=${COASTWATCH_BENCH_DIR:-/tmp/coastwatch-bench}/store/$what-$backend
. "$root_dir/scripts/find-jdk.sh"
coastwatch_find_jdk

"$root_dir/mvnw" -q -B -Dstyle.color=never -DskipTests package -pl coastwatch-bench -am
jar="$root_dir/coastwatch-bench/target/benchmarks.jar"
rm -rf "$work"
mkdir -p "$work"
case "$what" in
  append)
    "$JAVA_HOME/bin/java" -Xmx2g -cp "$jar" io.coastwatch.bench.store.AppendRateBenchmark \
      "$backend" "${3:-3000000}" 10000 "${4:-3}" "$work" "${5:-30}" ;;
  track)
    "$JAVA_HOME/bin/java" -Xmx2g -cp "$jar" io.coastwatch.bench.store.TrackQueryBenchmark \
      "$backend" "${3:-1000000,10000000,100000000}" 10000 100 1000 "$work" ;;
  visits)
    "$JAVA_HOME/bin/java" -Xmx2g -cp "$jar" io.coastwatch.bench.store.AreaVisitsBenchmark \
      "$backend" "${3:-5000}" "${4:-30}" 2 3 "$work" ;;
  audit-writes)
    "$JAVA_HOME/bin/java" -Xmx2g -cp "$jar" io.coastwatch.bench.store.AuditBenchmark \
      writes "$backend" "${3:-20000}" "${4:-5}" "$work" ;;
  audit-verify)
    "$JAVA_HOME/bin/java" -Xmx2g -cp "$jar" io.coastwatch.bench.store.AuditBenchmark \
      verify "$backend" "${3:-1000000}" "${4:-3}" "$work" ;;
  fleet-import)
    "$JAVA_HOME/bin/java" -Xmx2g -cp "$jar" io.coastwatch.bench.store.FleetBenchmark \
      import "$backend" "${3:-100000}" "${4:-3}" "$work" ;;
  fleet-lookup)
    "$JAVA_HOME/bin/java" -Xmx2g -cp "$jar" io.coastwatch.bench.store.FleetBenchmark \
      lookup "$backend" "${3:-100000}" "${4:-3}" "$work" ;;
  *) echo "first argument: append, track, visits, audit-writes, audit-verify, fleet-import or fleet-lookup" >&2; exit 2 ;;
esac
rm -rf "$work"

#!/usr/bin/env bash
# Audit log benchmarks, through the store's own API (coastwatch-store), on SQLite and on PostgreSQL
# (an embedded server from Maven Central binaries, fsync on, started by the benchmark):
#   writes  audited writes per second: WRITES durable transactions one after the other, each a small
#           write and its audit record; beside it the same writes without the audit record.
#   verify  the time AuditLog.verify takes over a log of ENTRIES entries.
# RUNS runs on new databases; prints each run and the median.
# Usage:
#   coastwatch-bench/compare/audit.sh writes sqlite|postgresql [WRITES] [RUNS]    (20000, 5)
#   coastwatch-bench/compare/audit.sh verify sqlite|postgresql [ENTRIES] [RUNS]   (1000000, 3)
# Databases go to ${COASTWATCH_BENCH_DIR:-/tmp/coastwatch-bench}/audit (1M entries: about 500 MB).
set -euo pipefail
root_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
what=${1:?writes or verify}
backend=${2:?sqlite or postgresql}
work=${COASTWATCH_BENCH_DIR:-/tmp/coastwatch-bench}/audit/$what-$backend
. "$root_dir/scripts/find-jdk.sh"
coastwatch_find_jdk

"$root_dir/mvnw" -q -B -Dstyle.color=never -DskipTests package -pl coastwatch-bench -am
jar="$root_dir/coastwatch-bench/target/benchmarks.jar"
rm -rf "$work"
mkdir -p "$work"
case "$what" in
  writes) count=${3:-20000}; runs=${4:-5} ;;
  verify) count=${3:-1000000}; runs=${4:-3} ;;
  *) echo "writes or verify, not $what" >&2; exit 2 ;;
esac
"$JAVA_HOME/bin/java" -Xmx2g -cp "$jar" io.coastwatch.bench.store.AuditBenchmark "$what" "$backend" "$count" "$runs" "$work"
rm -rf "$work"

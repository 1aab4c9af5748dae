#!/usr/bin/env bash
# The console's frame times with 20,000 live vessels (ConsoleFrameTimeTest), A/B between two trees of
# this repository, run in turn (A, B, A, B, …) so that the machine's load falls on both alike.
#
#   scripts/console-frame-times.sh BEFORE_TREE AFTER_TREE [ROUNDS] [MAVEN_REPO]
#
# Each run's figures line (coastwatch-server/target/console-screenshots/frame-times.txt) is printed,
# prefixed with its tree's label; the medians of the runs' p95 and median frame times at the end.
set -euo pipefail
before=$(cd "$1" && pwd)
after=$(cd "$2" && pwd)
rounds=${3:-3}
repo=${4:-$HOME/.m2/repository}
results=$(mktemp)
run() { # label tree
  local figures="$2/coastwatch-server/target/console-screenshots/frame-times.txt" note=""
  rm -f "$figures"
  (cd "$2" && ./mvnw -q -o -Dmaven.repo.local="$repo" -pl coastwatch-server -am test \
      -Dtest=ConsoleFrameTimeTest -Dsurefire.failIfNoSpecifiedTests=false >/dev/null 2>&1) || note=" (its test failed)"
  if [[ ! -f $figures ]]; then
    echo "$1: no figures from $2" >&2
    return 1
  fi
  # a tree whose server cannot keep up fails the test's check that every update arrived: its figures still count
  echo "$1 $(cat "$figures")$note" | tee -a "$results"
}
for ((round = 1; round <= rounds; round++)); do
  run before "$before"
  run after "$after"
done
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
for label in before after; do
  figures=$(grep "^$label " "$results" | sed -E 's/.*median ([0-9.]+) ms, p95 ([0-9.]+) ms.*/\1 \2/')
  echo "$label: $(echo "$figures" | wc -l) runs, median of the medians $(echo "$figures" | cut -d' ' -f1 | median) ms," \
    "median of the p95s $(echo "$figures" | cut -d' ' -f2 | median) ms (p95s: $(echo "$figures" | cut -d' ' -f2 | tr '\n' ' '))"
done
rm -f "$results"

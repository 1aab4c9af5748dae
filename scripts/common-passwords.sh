#!/usr/bin/env bash
# Rebuilds coastwatch-server/src/main/resources/io/coastwatch/server/security/common-passwords.txt, the
# passwords the server refuses, from zxcvbn's password list (npm package @zxcvbn-ts/language-common, MIT):
# its entries of 8 or more printable ASCII characters, lower-cased, first occurrence kept, in its order.
# Needs npm and python3. Usage: scripts/common-passwords.sh [VERSION]
set -euo pipefail
version="${1:-4.1.3}"
out="$(cd "$(dirname "$0")/.." && pwd)/coastwatch-server/src/main/resources/io/coastwatch/server/security/common-passwords.txt"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "@zxcvbn-ts/language-common@$version" >/dev/null && tar xzf ./*.tgz)
header="$(sed -n '/^#/p' "$out")"
python3 - "$work/package/src/passwords.json" "$out" "$header" <<'PY'
import json, sys
source, out, header = sys.argv[1], sys.argv[2], sys.argv[3]
seen, kept = set(), []
for password in json.load(open(source, encoding="utf-8")):
    word = password.strip().lower()
    if len(word) >= 8 and word not in seen and all(32 < ord(c) < 127 for c in word):
        seen.add(word)
        kept.append(word)
open(out, "w", encoding="utf-8").write(header + "\n" + "\n".join(kept) + "\n")
print(f"{len(kept)} passwords written to {out}")
PY

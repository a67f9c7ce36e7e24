#!/usr/bin/env bash
# --validate of a large library against Python's json.load of the same file, in one run: ROUNDS (3)
# alternating rounds, each command's wall time and peak resident memory (GNU time's %e and %M), then the
# medians and the ratios. The library comes from the test code's generator (seed 42).
# Usage: bench/validate-vs-json.sh LAUNCHER [DOCUMENTS]   (100000 documents by default; MISSION_READER_MAX_HEAP
# is passed on: the launcher refuses a library that would take more than its heap allows, 768 MB by default)
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=${1:?usage: bench/validate-vs-json.sh LAUNCHER [DOCUMENTS]}
documents=${2:-100000}
missions=$(( documents / 500 > 0 ? documents / 500 : 1 ))
file=$(mktemp -t mission-reader-bench.XXXXXX.json)
trap 'rm -f "$file"' EXIT
bash bench/generate-library.sh "$missions" "$documents" $(( documents / 2 )) "$file" > /dev/null
echo "file: $(du -b "$file" | awk '{printf "%.1f MB", $1 / 1e6}'), $documents documents; $(python3 --version)"
out=$(mktemp)
for round in $(seq 1 "${ROUNDS:-3}"); do
    /usr/bin/time -f "json.load %e %M" -o "$out" -a python3 -c 'import json, sys; json.load(open(sys.argv[1], encoding="utf-8"))' "$file"
    /usr/bin/time -f "validate %e %M" -o "$out" -a "$launcher" --validate "$file" > /dev/null || true
done
python3 - "$out" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l[0] in "jv"]
med = {n: (statistics.median(float(r[1]) for r in rows if r[0] == n), statistics.median(int(r[2]) for r in rows if r[0] == n) / 1024)
       for n in ("json.load", "validate")}
for n, (t, m) in med.items():
    print(f"{n:10} {t:6.2f} s {m:7.0f} MB   (median of {sum(r[0] == n for r in rows)})")
print(f"ratio      {med['validate'][0] / med['json.load'][0]:6.2f}   {med['validate'][1] / med['json.load'][1]:7.2f}")
PY
rm -f "$out"

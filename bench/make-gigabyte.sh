#!/usr/bin/env bash
# Makes the gigabyte news corpus for bench/scale.sh: COPIES copies of ../shared/news/xwlb-zh, each copy's broadcast
# dates shifted by a multiple of 28 years (28 years keep leap days and weekdays, so weeks and months look like the
# real ones; a 29 February that lands in 2100, no leap year, becomes the 28th). Written as plain .jsonl so that Tifa and ripgrep read the very same bytes. Never inside the repo.
#
#   bench/make-gigabyte.sh [OUT_DIR]      (default /tmp/tifa-gb; BENCH_COPIES=10)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-${BENCH_GB_DIR:-/tmp/tifa-gb}}"
copies="${BENCH_COPIES:-10}"
news="${TIFA_NEWS:-}"
if [ -z "$news" ]; then
  for c in "$root/../shared/news/xwlb-zh" /work/shared/news/xwlb-zh; do [ -d "$c" ] && news="$(cd "$c" && pwd)" && break; done
fi
[ -n "$news" ] && [ -d "$news" ] || { echo "make-gigabyte: news corpus not found; set TIFA_NEWS" >&2; exit 1; }
case "$(cd "$(dirname "$out")" && pwd)/$(basename "$out")" in
  "$root"/*) echo "make-gigabyte: $out is inside the repository; choose a folder outside it" >&2; exit 1 ;;
esac
command -v python3 >/dev/null || { echo "make-gigabyte: python3 is needed" >&2; exit 1; }

if [ -f "$out/.complete" ] && [ "$(cat "$out/.complete")" = "$copies" ]; then
  echo "make-gigabyte: $out already holds $copies copies" >&2
  exit 0
fi
rm -rf "$out"
mkdir -p "$out"
items=$(zcat "$news"/*.jsonl.gz | wc -l)
for i in $(seq 0 $((copies - 1))); do
  dir="$out/copy$(printf %02d "$i")"   # file names kept as they are: readers may recognise the collection by them
  mkdir -p "$dir"
  for f in "$news"/*.jsonl.gz; do
    name="$(basename "$f" .jsonl.gz)"
    # The shift rewrites only the leading "date" field of each line; the url keeps its own date (it is an identifier).
    zcat "$f" | python3 -c '
import sys, json, datetime
shift = int(sys.argv[1]) * 28
for line in sys.stdin:
    r = json.loads(line)
    d = datetime.date.fromisoformat(r["date"])
    try:
        d = d.replace(year=d.year + shift)
    except ValueError:  # 29 February into a century year that is no leap year (2100): the day before
        d = d.replace(day=28, year=d.year + shift)
    r["date"] = d.isoformat()
    sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
' "$i" > "$dir/$name.jsonl" &
  done
  for job in $(jobs -p); do wait "$job" || { echo "make-gigabyte: a copy of copy $i failed" >&2; exit 1; }; done
  n=$(cat "$dir"/*.jsonl | wc -l)
  [ "$n" = "$items" ] || { echo "make-gigabyte: copy $i has $n items, the corpus $items" >&2; exit 1; }
done
echo "$copies" > "$out/.complete"
du -sh "$out" >&2

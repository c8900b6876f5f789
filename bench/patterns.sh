#!/usr/bin/env bash
# Pattern queries against a literal query over the official documents of the shared corpus (JMH PatternBenchmark),
# and, given a large store (the gigabyte news archive), the first page and the full count of a pattern there.
# Writes the "patterns" and "patterns-scale" sections of bench/results.md.
# Usage: bench/patterns.sh [CORPUS_DIR] [STORE_DIR]   (BENCH_SKIP_JMH=1: the store part only)
# STORE_DIR is only read: its phrase index must be up to date (a store just imported is; the lead's /tmp/tifa-gb-store).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${1:-}"
store="${2:-${BENCH_STORE:-}}"
cd "$root"
# shellcheck source=bench/lib.sh
. "$root/bench/lib.sh"
out="${BENCH_OUT:-$root/bench/results.md}"
mvn -q -B -DskipTests -pl tifa-bench -am package
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
patterns=('坚持…不动摇' '统筹{X}和{Y}' '加快(建设|构建|发展)')

# Milliseconds to a command's first line of output and to its end.
first_line() {
  local t0 t1 t2; t0=$(date +%s%N)
  "$@" 2>/dev/null | { IFS= read -r _; t1=$(date +%s%N); cat > "$work/rest"; t2=$(date +%s%N); echo $(( (t1 - t0) / 1000000 )) $(( (t2 - t0) / 1000000 )); }
}

if [ -n "$store" ]; then
  [ -f "$store/tifa.db" ] || { echo "bench: no store at $store" >&2; exit 1; }
  java -Xmx2g -Dfile.encoding=UTF-8 -cp "tifa-bench/target/tifa-bench.jar:tifa-bench/target/lib/*" dev.tifa.bench.PatternScale \
    "$store" "${patterns[@]}" 2>/dev/null > "$work/scale.txt"
  val() { grep -F "pattern=$1 " "$work/scale.txt" | tr ' ' '\n' | sed -n "s/^$2=//p"; }
  {
  echo "## Patterns at the gigabyte news archive"
  echo
  echo "Written by \`bench/patterns.sh\` on $(date -u '+%Y-%m-%d %H:%M') UTC at commit \`$(commit_id)\`; load average $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "Store: $(sed -n 's/^items=//p' "$work/scale.txt") news items (\`--kind news\`). In one process with the store open, as a server answers"
  echo "(\`dev.tifa.bench.PatternScale\`): the first page of 20 passages (first call; best of 3 after it), the exact total under it and"
  echo "the whole count table (per document, slot fillings). CLI: \`tifa kwic --pattern P --kind news --limit 20\`, wall time to its"
  echo "first line (JVM start and store opening included) and to its last (the \"20 of N\" line, counted after the page is printed)."
  echo
  echo "| pattern | matches | in items | first page, ms (first / warm) | total, ms | count table, ms | CLI first line, ms | CLI \"of N\", ms | target: first page ≤ 1 s |"
  echo "|---|---|---|---|---|---|---|---|---|"
  for p in "${patterns[@]}"; do
    read -r cli_first cli_end <<<"$(first_line ./tifa kwic --data "$store" --kind news --pattern "$p" --limit 20)"
    warm=$(val "$p" first_warm_ms)
    printf '| `%s` | %s | %s | %s / %s | %s | %s | %s | %s | %s |\n' "${p//|/\\|}" "$(val "$p" total)" "$(val "$p" documents)" \
      "$(val "$p" first_ms)" "$warm" "$(val "$p" total_ms)" "$(val "$p" count_ms)" "$cli_first" "$cli_end" "$(verdict "$warm <= 1000")"
  done
  echo
  echo "The CLI's first line includes starting the JVM and opening the store (about 1 s); a server has both done and answers"
  echo "the first page in the in-process time. The exact total and the count table read every candidate text (those holding the"
  echo "pattern's literal text, from the phrase index), in batches matched on both cores. Rerun: \`bench/patterns.sh \"\" STORE_DIR\`."
  } > "$work/scale.md"
  write_section patterns-scale "$(cat "$work/scale.md")" "$out"
  log "wrote the patterns-scale section of $out"
fi
[ -n "${BENCH_SKIP_JMH:-}" ] && exit 0
java -Xmx2g -Dfile.encoding=UTF-8 -cp "tifa-bench/target/tifa-bench.jar:tifa-bench/target/lib/*" org.openjdk.jmh.Main PatternBenchmark \
  -p corpus="$corpus" -rf csv -rff "$work/jmh.csv" ${BENCH_JMH_ARGS:-} > "$work/jmh.log"
score() { awk -F, -v b="\"dev.tifa.bench.PatternBenchmark.$1\"" '$1 == b {gsub(/"/, "", $5); gsub(/"/, "", $6); print $5, $6}' "$work/jmh.csv"; }
read -r lit lit_err <<<"$(score literal)"
docs=$(sed -n 's/^# official documents: \([0-9]*\), \([0-9]*\) chars/\1 documents, \2 chars/p' "$work/jmh.log" | head -1)
{
echo "## Pattern queries vs a literal query"
echo
echo "Written by \`bench/patterns.sh\` on $(date -u '+%Y-%m-%d %H:%M') UTC at commit \`$(git rev-parse --short HEAD)\`; load average $(cut -d' ' -f1-3 /proc/loadavg)."
echo "Official documents of the shared corpus: $docs. JMH, average time per pass over all of them, 1 thread."
echo
echo "| query | ms per pass | vs literal | target ≤ 2× |"
echo "|---|---|---|---|"
printf '| literal: `tifa count 不动摇` (glossary automaton + tally) | %.1f ± %.1f | 1.00× | |\n' "$lit" "$lit_err"
for b in gap slots alternatives; do
  read -r s e <<<"$(score $b)"
  case $b in gap) q='`--pattern 坚持…不动摇`';; slots) q='`--pattern 统筹{X}和{Y}`';; alternatives) q='`--pattern 加快(建设\|构建\|发展)`';; esac
  r=$(awk -v a="$s" -v l="$lit" 'BEGIN { printf "%.2f", a / l }')
  v=$(awk -v r="$r" 'BEGIN { print (r <= 2 ? "PASS" : "FAIL") }')
  printf '| %s | %.1f ± %.1f | %s× | %s |\n' "$q" "$s" "$e" "$r" "$v"
done
echo
echo "A pattern with a literal start skips most of the text; the literal query runs the whole glossary's automaton for nesting."
echo "Other engineers' builds share the 2 cores (load average above): the ± are wide. Rerun: \`bench/patterns.sh\`."
} > "$work/section.md"
write_section patterns "$(cat "$work/section.md")" "$out"
log "wrote the patterns section of $out"

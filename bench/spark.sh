#!/usr/bin/env bash
# Spark benchmark (issue 12): the single-JVM count of the news corpus stage by stage (CPU time, one thread), then
# `tifa spark` in local mode at 1 and 2 cores over the same files (wall-clock and CPU time of the whole process).
# Optionally the gigabyte copy of the news corpus the news/scale benchmark writes (10 copies with shifted dates, the
# same texts): BENCH_SPARK_GB=/tmp/tifa-gb runs it at 2 cores. It is only read; the copies' texts repeat, so the job
# reads, cleans and counts every row and then keeps one document per distinct text, as the store does.
# Writes the "Spark" section of bench/results.md (between the spark markers; the rest of the file is left alone).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
news="${TIFA_NEWS:-$root/../shared/news/xwlb-zh}"
[ -d "$news" ] || news=/work/shared/news/xwlb-zh
[ -d "$news" ] || { echo "bench: news corpus not found; set TIFA_NEWS" >&2; exit 1; }
news="$(cd "$news" && pwd)"
out="${BENCH_OUT:-$root/bench/results.md}"
gb="${BENCH_SPARK_GB:-}"
work="$(mktemp -d /tmp/tifa-spark-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
# shellcheck source=bench/lib.sh
. "$root/bench/lib.sh"

./tifa spark --help >/dev/null                     # builds tifa-spark when needed, outside the timings
mvn -q -B -DskipTests -pl tifa-bench -am package >/dev/null
load_start=$(cut -d" " -f1-3 /proc/loadavg)
mb=$(python3 -c "import gzip,glob,sys; print(round(sum(len(gzip.open(f).read()) for f in glob.glob(sys.argv[1]+'/*.jsonl.gz'))/1e6,1))" "$news")

log "single JVM stages"
stages="$(java -Xmx6g -cp "tifa-bench/target/tifa-bench.jar:tifa-bench/target/lib/*" dev.tifa.bench.PipelineStages "$news")"

# spark_run CORES INPUT MB: one row of the table
spark_run() {
  local cores="$1" input="$2" size="$3" t
  log "tifa spark local[$cores] over $input"
  /usr/bin/time -f "%e %U %S" -o "$work/time" ./tifa spark --master "local[$cores]" --format parquet -o "$work/out-$cores" "$input" >"$work/log" 2>&1
  rm -rf "$work/out-$cores"
  read -r wall user sys <"$work/time"
  local job counting
  job=$(grep -o 'files in [0-9.]* s' "$work/log" | grep -o '[0-9.]*' | head -1)
  counting=$(grep -o '([0-9.]* s reading' "$work/log" | grep -o '[0-9.]*' | head -1)
  local docs
  docs=$(grep -o 'counted [0-9,]* documents' "$work/log" | grep -o '[0-9,]*' | head -1)
  python3 - "$cores" "$size" "$wall" "$user" "$sys" "$job" "$counting" "$docs" <<'PY'
import sys
cores, size, wall, user, sys_, job, counting, docs = sys.argv[1:]
size, wall, cpu, job, counting = float(size), float(wall), float(user) + float(sys_), float(job), float(counting)
print(f"| local[{cores}] | {size:.0f} MB | {docs} | {wall:.1f} s | {job:.1f} s ({counting:.1f} s counting) | {cpu:.1f} s | {size / wall:.2f} MB/s | {size / cpu:.2f} MB/s |")
PY
}

rows="$(spark_run 1 "$news" "$mb")"$'\n'"$(spark_run 2 "$news" "$mb")"
if [ -n "$gb" ]; then
  [ -d "$gb" ] || { echo "bench: $gb not found" >&2; exit 1; }
  gbmb=$(python3 -c "import gzip,os,sys
n=0
for d,_,fs in os.walk(sys.argv[1]):
    for f in fs:
        p=os.path.join(d,f)
        if f.endswith('.jsonl'): n+=os.path.getsize(p)
        elif f.endswith('.jsonl.gz'): n+=len(gzip.open(p).read())
print(round(n/1e6,1))" "$gb")
  rows="$rows"$'\n'"$(spark_run 2 "$gb" "$gbmb")"
fi
load_end=$(cut -d" " -f1-3 /proc/loadavg)

section="$(cat <<MD
## Spark (issue 12): local mode against the single-JVM count

Written by \`bench/spark.sh\` on $(date -u '+%Y-%m-%d %H:%M') UTC at commit \`$(git rev-parse --short HEAD)\`.
Corpus: \`shared/news/xwlb-zh\` (15 \`.jsonl.gz\` files, one per year). Load average at start: $load_start; at end:
$load_end (2 cores shared with other work: wall-clock times include waiting for the CPU, CPU times do not).

$stages

\`tifa spark\` (whole process: JVM and Spark start, reading, counting, keys, aggregates, writing Parquet):

| run | input (JSONL) | documents | wall clock | of which the job | CPU (user+sys) | MB/s wall | MB/s per CPU-second |
|---|---|---|---|---|---|---|---|
$rows

Reading the table: "MB/s per CPU-second" is the per-core rate that holds when the cores are not shared; scaling from
1 to 2 cores shows in the wall clock only when the machine is otherwise idle. See docs/spark.md for the 1 TB estimate.
MD
)"
write_section spark "$section" "$out"
log "wrote the Spark section of $out"

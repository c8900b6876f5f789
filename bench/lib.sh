# Shared helpers of the bench/ scripts (sourced, not run).
log() { echo "bench: $*" >&2; }
calc() { awk "BEGIN {printf \"%.${2:-3}f\", $1}"; }
ms() { calc "$1 * 1000" 1; }
verdict() { awk "BEGIN {print ($1) ? \"PASS\" : \"FAIL\"}"; }
median_of() { sort -g | awk '{a[NR] = $1} END {if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
commit_id() {
  local c; c=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo "?")
  git -C "$root" diff --quiet HEAD -- tifa-core tifa-app tifa-bench 2>/dev/null || c="$c+changes"
  echo "$c"
}

# Installs a Debian package as root when a tool is missing; false when it is still missing.
want_tool() { # tool package
  command -v "$1" >/dev/null && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "installing $2 (apt-get)"
    [ -n "${_apt_updated:-}" ] || { apt-get update -qq >/dev/null; _apt_updated=1; }
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null || true
  fi
  command -v "$1" >/dev/null
}

need_tool() { # tool package
  want_tool "$1" "$2" || { echo "bench: $1 is needed: apt-get install $2" >&2; exit 1; }
}

# Median wall seconds of a command over N runs after 2 warm-ups (hyperfine where installed, else a date loop);
# PREPARE (may be "") runs before each. Needs $work (a scratch folder) for hyperfine's CSV.
time_median() { # n prepare command...
  local n="$1" prepare="$2"; shift 2
  if command -v hyperfine >/dev/null; then
    local csv="$work/hf.csv"
    local args=(-N -i -w 2 -r "$n" --export-csv "$csv" --style none)
    [ -n "$prepare" ] && args+=(--prepare "$prepare")
    hyperfine "${args[@]}" -- "$(printf '%q ' "$@")" >/dev/null 2>&1
    awk -F, 'NR == 2 {print $4}' "$csv"   # command,mean,stddev,median,...
    return
  fi
  for _ in 1 2; do [ -n "$prepare" ] && eval "$prepare"; "$@" >/dev/null 2>&1 || true; done
  for _ in $(seq "$n"); do
    [ -n "$prepare" ] && eval "$prepare"
    local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N)
    awk "BEGIN {print $e - $s}"
  done | median_of
}

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# Replaces the section NAME of a results file (between <!-- NAME --> and <!-- /NAME -->), appending it when absent,
# so that each bench script rewrites its own part and leaves the others (run.sh, patterns.sh, load.sh, spark.sh, scale.sh).
write_section() { # name text file
  local name="$1" text="$2" file="$3"
  [ -f "$file" ] || echo "# Tifa benchmark results" > "$file"
  python3 - "$name" "$file" "$text" <<'PY'
import sys, re
name, path, text = sys.argv[1], sys.argv[2], sys.argv[3]
start, end = f"<!-- {name} -->", f"<!-- /{name} -->"
block = f"{start}\n{text.rstrip()}\n{end}"
doc = open(path, encoding="utf-8").read()
pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.S)
doc = pattern.sub(lambda m: block, doc) if pattern.search(doc) else doc.rstrip() + "\n\n" + block + "\n"
open(path, "w", encoding="utf-8").write(doc)
PY
}

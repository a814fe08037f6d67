#!/usr/bin/env bash
# The registry benchmark: one command on a machine with the .NET 10 SDK, python3, GNU time and Node.js/npm.
#
#   bench/registry/run.sh [--count 10000] [--tool native|jit] [--runs 1] [--no-duckdb]
#
# 1. builds a corpus with the registry's composition (13% of studies with results) from the real records in
#    ../shared/data/ctgov-real, replicated under new NCT ids (make_corpus.py): bench/corpus/registry-N/studies/ and
#    bench/corpus/registry-N/ctg-studies.json.zip, one JSON file per study like the bulk download;
# 2. builds TrialLint: the native tool (Native AOT, as `dotnet tool install` gives it on linux-x64; needs gcc or clang
#    and zlib) or, with --tool jit, the framework-dependent build;
# 3. lints the corpus whole-process under GNU time: the zip when this build reads zips, else the folder of studies;
#    `lint INPUT --as-of 2026-12-01 -f json -o FILE`, console output discarded;
# 4. loads the same studies into DuckDB (read_json, @duckdb/node-api from npm, pinned) as the peer;
# 5. prints MB/s, records/s, CPU, peak memory and the projection to the whole registry (598,000 studies, 10.3 GB),
#    and writes bench/.out/registry/results.json.
# About 3 minutes for 10,000 studies on 2 quiet cores once built (the native build takes 2-5 minutes more).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

DUCKDB_VERSION=1.5.6-r.1
count=10000
tool=native
runs=1
duckdb=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --count) count="$2"; shift 2 ;;
    --tool) tool="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --no-duckdb) duckdb=0; shift ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
[[ -x /usr/bin/time ]] || { echo "run.sh: needs GNU time (/usr/bin/time; Debian package 'time')" >&2; exit 2; }
records="$root/../shared/data/ctgov-real"
out="$root/bench/.out/registry"
corpus="$root/bench/corpus/registry-$count"
mkdir -p "$out"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "== corpus: $count studies, 13% with results ($corpus)" >&2
if [[ ! -f "$corpus/corpus.json" || ! -f "$corpus/ctg-studies.json.zip" ]]; then
  python3 "$here/make_corpus.py" "$records" "$corpus" --count "$count" >&2
fi

echo "== triallint ($tool)" >&2
if [[ "$tool" == native ]]; then
  dotnet publish src/TrialLint.Cli -c Release -r linux-x64 -o "$out/native" -v quiet -nologo >&2
  triallint=("$out/native/triallint")
else
  dotnet build src/TrialLint.Cli -c Release -v quiet -nologo >&2
  triallint=(dotnet "$root/src/TrialLint.Cli/bin/Release/net10.0/triallint.dll")
fi

# The zip when this build reads zips (a 3-study archive gives 3 files of findings), else the extracted folder.
probe="$out/probe"
rm -rf "$probe" && mkdir -p "$probe"
studies=("$corpus"/studies/*.json)
zip -q -j "$probe/probe.zip" "${studies[@]:0:3}"
input=("$corpus/studies/*.json")
kind=folder
if "${triallint[@]}" lint "$probe/probe.zip" --as-of 2026-12-01 -f json -o "$probe/probe.json" >/dev/null 2>&1 || [[ $? == 1 ]]; then
  if [[ -f "$probe/probe.json" ]] && python3 -c 'import json,sys; sys.exit(0 if len(json.load(open(sys.argv[1]))["files"]) == 3 else 1)' "$probe/probe.json"; then
    input=("$corpus/ctg-studies.json.zip"); kind=zip
  fi
fi
echo "   input: $kind" >&2

load() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?'; }
: > "$out/runs.jsonl"
for ((r = 1; r <= runs; r++)); do
  echo "== run $r/$runs: triallint lint ($kind), load $(load)" >&2
  status=0
  /usr/bin/time -v -o "$out/time.txt" "${triallint[@]}" lint "${input[@]}" --as-of 2026-12-01 -f json -o "$out/findings.json" >/dev/null 2>"$out/stderr.txt" || status=$?
  [[ $status -le 1 ]] || { echo "triallint failed (exit $status):" >&2; tail -5 "$out/stderr.txt" >&2; exit 1; }
  python3 "$here/gnu_time.py" "$out/time.txt" tool=triallint "input=$kind" "load_after=$(load)" >> "$out/runs.jsonl"
  if [[ $duckdb == 1 ]]; then
    tools="$root/bench/.tools"
    if [[ ! -d "$tools/node_modules/@duckdb/node-api" ]]; then
      mkdir -p "$tools"
      npm install --prefix "$tools" --no-audit --no-fund --save-exact "@duckdb/node-api@$DUCKDB_VERSION" >&2
    fi
    echo "== run $r/$runs: duckdb read_json (folder), load $(load)" >&2
    cp "$here/duckdb-load.mjs" "$tools/duckdb-load.mjs"
    /usr/bin/time -v -o "$out/time-duckdb.txt" node "$tools/duckdb-load.mjs" "$corpus/studies/*.json" > "$out/duckdb.json"
    python3 "$here/gnu_time.py" "$out/time-duckdb.txt" --inner "$out/duckdb.json" tool=duckdb input=folder "load_after=$(load)" >> "$out/runs.jsonl"
  fi
done

python3 - "$corpus/corpus.json" "$out/runs.jsonl" "$out/results.json" <<'PY'
import json, statistics, sys
corpus = json.load(open(sys.argv[1]))
runs = [json.loads(l) for l in open(sys.argv[2]) if l.strip()]
n, mb = corpus["records"], corpus["bytes"] / 1e6
out = {"corpus": corpus, "runs": runs}
print(f"corpus: {n:,} studies ({corpus['with_results']:,} with results), {mb:,.0f} MB unzipped, {corpus['zip_bytes'] / 1e6:,.0f} MB zipped")
for tool in ("triallint", "duckdb"):
    rs = [r for r in runs if r["tool"] == tool]
    if not rs:
        continue
    wall = statistics.median(r["wall_s"] for r in rs)
    row = {"wall_s": wall, "records_per_s": n / wall, "mb_per_s": mb / wall, "cpu_s": statistics.median(r["cpu_s"] for r in rs),
           "peak_mb": max(r["peak_mb"] for r in rs), "projection_598000_s": 598000 * wall / n, "projection_10_3_gb_s": 10300 / (mb / wall)}
    out[tool] = row
    print(f"{tool:9}: {wall:7.1f} s  {row['records_per_s']:7,.0f} records/s  {row['mb_per_s']:6.1f} MB/s  cpu {row['cpu_s']:6.1f} s  "
          f"peak {row['peak_mb']:6,.0f} MB  whole registry: {row['projection_598000_s'] / 60:5.1f} min by records, {row['projection_10_3_gb_s'] / 60:5.1f} min by size")
if "triallint" in out and "duckdb" in out:
    out["ratio_duckdb_over_triallint"] = out["duckdb"]["wall_s"] / out["triallint"]["wall_s"]
    print(f"DuckDB's load takes {out['ratio_duckdb_over_triallint']:.2f}x TrialLint's lint of the same studies")
json.dump(out, open(sys.argv[3], "w"), indent=2)
PY

#!/usr/bin/env bash
# The TrialLint benchmark: one command on a machine with the .NET 10 SDK and Node.js/npm.
#
#   bench/run.sh [--sizes 100,1000,10000] [--seed 42] [--runs 3] [--runs-large N] [--latency-runs 15]
#                [--no-spectral] [--no-settings]
#
# 1. generates the corpora (bench/corpus/nN, deterministic from the seed) and a one-report corpus;
# 2. packs and installs the `triallint` dotnet tool as users do (bench/.out/nupkg, bench/.out/tool: on linux-x64 the
#    Native AOT package), and publishes framework-dependent JIT and ReadyToRun builds (bench/.out/jit, bench/.out/r2r);
# 3. installs Spectral (pinned) into bench/.tools with npm and writes the report-schema rule beside the ruleset;
# 4. runs the comparison (TrialLint.Bench compare): per size, triallint and spectral alternating over --runs runs;
#    one report whole-process for each triallint variant; runtime settings on 1,000 files. Prints the tables and
#    writes bench/.out/results.json. --runs-large sets the runs for sizes of 10,000 and more (Spectral takes minutes);
# 5. prints what a fresh process pays once (rules, schema, first report) with the ReadyToRun build.
set -euo pipefail

SPECTRAL_VERSION=6.16.3
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"

sizes=100,1000,10000
seed=42
compare_args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --runs|--runs-large|--latency-runs|--settings-size) compare_args+=("$1" "$2"); shift 2 ;;
    --no-spectral|--no-settings) compare_args+=("$1"); shift ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

out="$here/.out"
mkdir -p "$out"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "== build the benchmark driver" >&2
dotnet build "$here/TrialLint.Bench" -c Release -o "$out/bench" -v quiet -nologo >&2
bench() { dotnet "$out/bench/TrialLint.Bench.dll" "$@"; }

echo "== corpora (seed $seed)" >&2
IFS=',' read -ra size_list <<< "$sizes"
for n in "${size_list[@]}"; do
  dir="$here/corpus/n$n"
  stamp="$dir/.seed"
  if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$seed" || "$(find "$dir" -name '*.trial.yaml' | wc -l)" != "$n" ]]; then
    rm -rf "$dir"
    bench generate "$dir" --count "$n" --seed "$seed" >&2
    echo "$seed" > "$stamp"
  fi
done
# One report for the whole-process latency: the median-sized report of the first 101 of the seed's corpus.
one="$here/corpus/one"
rm -rf "$one" "$here/corpus/one-src"
bench generate "$here/corpus/one-src" --count 101 --seed "$seed" >/dev/null
mkdir -p "$one"
median="$(ls -S "$here/corpus/one-src"/*.trial.yaml | sed -n 51p)"
cp "$median" "$one/report.trial.yaml"
rm -rf "$here/corpus/one-src"

echo "== triallint: pack and install the dotnet tool as users do; publish JIT and ReadyToRun builds" >&2
rm -rf "$out/nupkg" "$out/tool" "$out/jit" "$out/r2r" "$out/native"
# The package users install points to the native linux-x64 package (Native AOT: needs clang or gcc and zlib). Without
# a C toolchain the portable framework-dependent package is installed instead, and the tool row says JIT.
if dotnet pack src/TrialLint.Cli -c Release -r linux-x64 -o "$out/nupkg" -v quiet -nologo >&2; then
  dotnet pack src/TrialLint.Cli -c Release -o "$out/nupkg" -v quiet -nologo >&2
else
  echo "   the native package failed to build (needs clang or gcc and zlib): installing the portable tool" >&2
  rm -rf "$out/nupkg"
  dotnet pack src/TrialLint.Cli -c Release -p:ToolPackageRuntimeIdentifiers= -p:PublishAot=false -o "$out/nupkg" -v quiet -nologo >&2
fi
dotnet tool install --tool-path "$out/tool" --add-source "$out/nupkg" TrialLint >&2
dotnet publish src/TrialLint.Cli -c Release -r linux-x64 -p:PublishAot=false --self-contained false -o "$out/jit" -v quiet -nologo >&2
dotnet publish src/TrialLint.Cli -c Release -r linux-x64 -p:PublishAot=false -p:PublishReadyToRun=true --self-contained false -o "$out/r2r" -v quiet -nologo >&2

if [[ " ${compare_args[*]-} " != *" --no-spectral "* ]]; then
  echo "== spectral $SPECTRAL_VERSION" >&2
  tools="$here/.tools"
  if [[ "$(cat "$tools/node_modules/@stoplight/spectral-cli/package.json" 2>/dev/null | node -pe 'JSON.parse(require("fs").readFileSync(0)).version' 2>/dev/null)" != "$SPECTRAL_VERSION" ]]; then
    mkdir -p "$tools"
    npm install --prefix "$tools" --no-audit --no-fund --save-exact "@stoplight/spectral-cli@$SPECTRAL_VERSION" >&2
  fi
  # The report-schema rule (TL0020-TL0025), from the schema TrialLint embeds: Spectral does not follow a $ref to a file.
  node -e '
    const fs = require("fs");
    const s = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
    delete s["$schema"]; delete s["$id"];
    const rule = { description: "The report breaks the report schema (TL0020 version, TL0021 type, TL0022 unknown key, TL0023 value, TL0024 range, TL0025 required)",
      message: "{{error}}", severity: "error", given: "$", then: { function: "schema", functionOptions: { schema: s, allErrors: true } } };
    fs.writeFileSync(process.argv[2], JSON.stringify({ rules: { "TL0020-TL0025-report-schema": rule } }));
  ' schemas/trial-report.schema.json "$here/spectral/schema.generated.json"
fi

echo "== compare (load: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?'))" >&2
bench compare --root "$root" --sizes "$sizes" --seed "$seed" "${compare_args[@]}"

# What one process pays once (rules, schema, first report), with the driver published ReadyToRun like the r2r tool.
echo "== startup breakdown, ReadyToRun (median-sized report; also in bench/.out/startup.txt)" >&2
dotnet publish "$here/TrialLint.Bench" -c Release -r linux-x64 -p:PublishReadyToRun=true --self-contained false -o "$out/bench-r2r" -v quiet -nologo >&2
{ for i in 1 2 3; do "$out/bench-r2r/TrialLint.Bench" startup "$one/report.trial.yaml"; echo; done; } | tee "$out/startup.txt"

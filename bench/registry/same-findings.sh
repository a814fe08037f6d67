#!/usr/bin/env bash
# The safety net for speed work: the findings on the real registry records must be byte-identical before and after.
#
#   bench/registry/same-findings.sh [--base REV] [--records DIR] [--as-of DATE]
#
# Lints every record of DIR (default ../shared/data/ctgov-real, the 991 real ClinicalTrials.gov records) with the
# working tree's build and with REV's (default: where this branch left main), as `-f json` and as the console text,
# and compares them byte for byte (the console's closing "Linted N files in T s" line, the only timing, is left out).
# REV is built once in a temporary worktree; its output is kept in bench/.out/findings/<commit>.* for the next run.
# Exit 0 when both are identical, 1 when they differ (the first differences are printed), 2 on a usage error.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

base=""
records="$root/../shared/data/ctgov-real"
as_of=2026-12-01
while [[ $# -gt 0 ]]; do
  case "$1" in
    --base) base="$2"; shift 2 ;;
    --records) records="$2"; shift 2 ;;
    --as-of) as_of="$2"; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "same-findings.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
[[ -d "$records" ]] || { echo "same-findings.sh: no records folder $records" >&2; exit 2; }
records="$(cd "$records" && pwd)"
base="$(git rev-parse "${base:-$(git merge-base main HEAD)}")"
out="$root/bench/.out/findings"
mkdir -p "$out"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# lint CLI_DLL NAME: the JSON findings and the console text of every record, under $out/NAME.*
lint() {
  local status=0
  dotnet "$1" lint "$records/*.json" --as-of "$as_of" -f json -o "$out/$2.json" > "$out/$2.console" 2>&1 || status=$?
  # Exit 1 means findings at error level (expected); anything else is a failure.
  [[ $status -le 1 ]] || { echo "lint failed (exit $status): $out/$2.console" >&2; tail -5 "$out/$2.console" >&2; exit 2; }
  grep -v '^Linted [0-9,]* files\? in ' "$out/$2.console" > "$out/$2.txt" || true
  rm -f "$out/$2.console"
}

if [[ ! -f "$out/$base.json" || ! -f "$out/$base.txt" ]]; then
  echo "== building the base $base in a temporary worktree" >&2
  tmp="$(mktemp -d)"
  git worktree add --detach "$tmp/src" "$base" >/dev/null
  trap 'git worktree remove --force "$tmp/src" >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT
  dotnet build "$tmp/src/src/TrialLint.Cli" -c Release -v quiet -nologo >&2
  lint "$tmp/src/src/TrialLint.Cli/bin/Release/net10.0/triallint.dll" "$base"
fi

echo "== building the working tree" >&2
dotnet build src/TrialLint.Cli -c Release -v quiet -nologo >&2
lint "$root/src/TrialLint.Cli/bin/Release/net10.0/triallint.dll" current

same=0
for kind in json txt; do
  if cmp -s "$out/$base.$kind" "$out/current.$kind"; then
    echo "same $kind findings as $base ($(wc -c < "$out/current.$kind") bytes)"
  else
    same=1
    echo "DIFFERENT $kind findings from $base:"
    diff "$out/$base.$kind" "$out/current.$kind" | head -40
  fi
done
exit $same

#!/usr/bin/env bash
# Uses the engine's commands the way a user does, through ./confounderlab and the built product: generate a
# synthetic confounded data set, audit it (text, JSON, saved .audit model), and check that bad paths give exit
# code 2 with a message naming the path. Needs a finished build; ./confounderlab test runs it after the tests.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cl="$root/confounderlab"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0

fail() { echo "cli-check: FAILED: $*" >&2; failures=$((failures + 1)); }

# expect EXIT_CODE PATTERN_IN_OUTPUT -- command...
expect() {
  local code=$1 pattern=$2 output status
  shift 3
  output=$("$@" 2>&1)
  status=$?
  [ "$status" -eq "$code" ] || fail "'$*' exited $status, expected $code: $output"
  grep -q -- "$pattern" <<<"$output" || fail "'$*' did not print '$pattern': $output"
}

expect 0 "60 images of 20 patients" -- "$cl" generate --out "$work/data" --count 60 --size 64 --seed 5
[ -f "$work/data/manifest.csv" ] || fail "generate wrote no manifest.csv"
[ "$(ls "$work/data/images" | wc -l)" -eq 60 ] || fail "generate did not write 60 images"
expect 0 "region:laterality" -- "$cl" audit "$work/data/manifest.csv" --label finding
# A relative path means the caller's folder, not the project's.
expect 0 "region:laterality" -- bash -c "cd '$work' && '$cl' audit data/manifest.csv --label finding"
expect 0 '"cramersV"' -- "$cl" audit "$work/data/manifest.csv" --label finding --json
expect 0 "audit saved to $work/data.audit" -- "$cl" audit "$work/data/manifest.csv" --label finding --save "$work/data.audit"
grep -q '<run:DatasetAudit' "$work/data.audit" || fail "the saved audit is not a DatasetAudit model"

# A paired DeLong test on the generated data: the marker column against the lesion region's presence.
awk -F, 'NR == 1 { print "label,marker_score,lesion_score"; next }
         { print $4 "," ($9 == "none" ? 0 : 1) "," ($10 == "" ? 0.2 : 0.8) }' "$work/data/manifest.csv" > "$work/scores.csv"
expect 0 "p-value" -- "$cl" roc-test "$work/scores.csv" --label label --score marker_score --score lesion_score
expect 2 "no_such_score" -- "$cl" roc-test "$work/scores.csv" --label label --score marker_score --score no_such_score

# The main job, small: generate, train (DL4J in the engine's own JVM), evaluate, verdict.
expect 0 "VERDICT: " -- "$cl" demo --out "$work/demo" --count 300 --epochs 3
ls "$work"/demo/runs/demo-laterality-marker/*/run.run >/dev/null 2>&1 || fail "demo wrote no run.run"
demo_run=$(ls -d "$work"/demo/runs/demo-laterality-marker/*/ | head -n 1)
grep -q 'data:image/png;base64' "$demo_run/report.html" 2>/dev/null || fail "demo wrote no report with plots"
expect 0 "$work/again.html" -- "$cl" report "$demo_run" --out "$work/again.html"
expect 2 "no such file" -- "$cl" run "$work/absent.experiment"
# CUDA asked for on a CPU-only installation: exit 2 and what to install; nothing to resume after a complete run.
expect 2 "CUDA runtime is not installed" -- "$cl" run "$work/demo/demo.experiment" --backend cuda --device 0 --epochs 1
expect 2 "nothing to resume" -- "$cl" run "$work/demo/demo.experiment" --resume
expect 2 "already complete" -- "$cl" run "$work/demo/demo.experiment" --resume "$demo_run"

expect 2 "$work/absent.csv: no such file" -- "$cl" audit "$work/absent.csv" --label finding
expect 2 "label column 'nonexistent'" -- "$cl" audit "$work/data/manifest.csv" --label nonexistent
touch "$work/a-file"
expect 2 "$work/a-file" -- "$cl" generate --out "$work/a-file/data"
expect 2 "unknown option" -- "$cl" generate --out "$work/x" --colour purple
printf '<?xml version="1.0"?>\n<experiment:Experiment xmlns:experiment="http://confounderlab.org/model/experiment/1.0">\n<oops>\n' > "$work/bad.experiment"
expect 2 "bad.experiment:" -- "$cl" validate "$work/bad.experiment"

if [ "$failures" -eq 0 ]; then
  echo "cli-check: passed"
else
  echo "cli-check: $failures failures" >&2
  exit 1
fi

#!/usr/bin/env bash
# Runs every held-out user directive (generate.py) through `hephaestus run` with its defaults and appends one table
# row per directive to OUT as it finishes. Usage: bench/user-directives/run.sh OUT [SEED] [PROBLEM...]
set -u
here=$(cd "$(dirname "$0")" && pwd)
bin="$here/../../bin/hephaestus.mjs"
out=${1:?usage: run.sh OUT [SEED] [PROBLEM...]}
seed=${2:-1}
shift $(( $# >= 2 ? 2 : 1 ))
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$here/generate.py" "$work/all"
problems=("$@")
[ ${#problems[@]} -eq 0 ] && problems=($(ls "$work/all"))
echo "| directive | solved | cycles | wall s | module lines |" >> "$out"
echo "|---|---|---|---|---|" >> "$out"
for p in "${problems[@]}"; do
  cp -r "$work/all/$p" "$work/$p"
  start=$(date +%s)
  (cd "$work/$p" && timeout 600 node "$bin" run directive.json --seed "$seed" > run.log 2>&1)
  wall=$(( $(date +%s) - start ))
  line=$(grep -E "^$p: (SOLVED|not solved)" "$work/$p/run.log" | tail -1)
  cycles=$(echo "$line" | grep -oE 'after [0-9]+ cycle' | head -1 | grep -oE '[0-9]+')
  module="$work/$p/nodes/$p/$p.ts"
  if [[ "$line" == *SOLVED* ]]; then solved=yes; lines=$(wc -l < "$module"); else solved=no; lines=-; fi
  echo "| $p | $solved | ${cycles:-?} | $wall | $lines |" >> "$out"
done

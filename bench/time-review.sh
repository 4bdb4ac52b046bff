#!/usr/bin/env bash
# Times the review commands as CI runs them — the whole process of the installed tool, startup included:
#   - `mcro diff` of two built sites of a generated dataset (default 30 years × 38 municipalities), the second built
#     after one answer of the last year changed (target ≤ 2 s on 2 cores);
#   - `mcro snapshot verify` on the sample data against its own snapshots (target ≤ 1.5 s);
#   - `mcro diff` of the sample data folder against itself (both sides built in memory), for reference.
# Prints the median wall time, CPU time (user+sys) and peak memory of RUNS runs. Needs GNU time (apt-get install time).
#
#   bench/time-review.sh                       # pack + install the tool into .tools (if not there)
#   SIZE=10x38 RUNS=5 bench/time-review.sh
#   MCRO="dotnet src/Mcro.Cli/bin/Release/net10.0/mcro.dll" bench/time-review.sh
#   REINSTALL=1 bench/time-review.sh           # pack and install again after a change
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
SIZE=${SIZE:-30x38}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

[ -x /usr/bin/time ] || { echo "GNU time is needed: apt-get install -y time" >&2; exit 1; }
if [ -z "${MCRO:-}" ]; then
  if [ ! -x .tools/mcro ] || [ "${REINSTALL:-0}" = 1 ]; then
    echo "packing and installing the tool into .tools …" >&2
    rm -rf artifacts/packages .tools
    dotnet pack src/Mcro.Cli -c Release -o artifacts/packages >/dev/null
    dotnet tool install Mcro.Factsheets --tool-path .tools --add-source artifacts/packages --version "$(tr -d "[:space:]" <version.txt)" >/dev/null
  fi
  MCRO="$PWD/.tools/mcro"
fi
dotnet build tools/Mcro.DataGen -c Release >/dev/null
datagen="dotnet tools/Mcro.DataGen/bin/Release/net10.0/mcro-datagen.dll"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# Runs the command RUNS times under GNU time (exit 0 or 1 both count: 1 is "something changed"); prints one table row.
measure() {
  local label=$1; shift
  : >"$work/times"
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f '%e %M %U %S' -o "$work/time" "$@" >"$work/out.txt" 2>&1 || [ $? -eq 1 ] || { cat "$work/out.txt" >&2; exit 1; }
    # GNU time puts "Command exited with non-zero status 1" first when something changed.
    tail -n 1 "$work/time" | awk '{printf "%s %s %.2f\n", $1, $2, $3 + $4}' >>"$work/times"
  done
  printf '%-44s %7s %7s %7d   %s\n' "$label" "$(awk '{print $1}' "$work/times" | median)" "$(awk '{print $3}' "$work/times" | median)" \
    "$(( $(awk '{print $2}' "$work/times" | median) / 1024 ))" "$(head -n 1 "$work/out.txt")"
}

echo "machine: $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg); mcro: $MCRO; $RUNS run(s), median shown"
printf '%-44s %7s %7s %7s   %s\n' command "wall s" "cpu s" MB "first line printed"

data="$work/data-$SIZE"
$datagen --years "${SIZE%x*}" --municipalities "${SIZE#*x}" --seed 1 --out "$data" >/dev/null
$MCRO build --data "$data" --out "$work/old" --quiet
cp -r "$data" "$work/edited"
last=$(ls -d "$work/edited"/[0-9][0-9][0-9][0-9] | sort | tail -n 1)
sed -i '0,/,yes,/s//,no,/' "$last/offices.csv"
$MCRO build --data "$work/edited" --out "$work/new" --quiet
measure "diff of two built $SIZE sites (one answer)" $MCRO diff "$work/old" "$work/new" --data "$work/edited"
measure "diff of two identical built $SIZE sites" $MCRO diff "$work/old" "$work/old"

$MCRO snapshot accept --data data --snapshots "$work/snapshots" >/dev/null
measure "snapshot verify on the sample" $MCRO snapshot verify --data data --snapshots "$work/snapshots"
measure "diff of the sample data with itself" $MCRO diff data data

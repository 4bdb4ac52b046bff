#!/usr/bin/env bash
# Pack mcro as a .NET tool, install it from the local package, and call it exactly as users do.
set -uo pipefail
cd "$(dirname "$0")/.."
rm -rf artifacts/packages .tools
dotnet pack src/Mcro.Cli -c Release -o artifacts/packages >/dev/null || { echo "smoke FAILED: dotnet pack"; exit 1; }
dotnet tool install Mcro.Factsheets --tool-path .tools --add-source artifacts/packages --version "$(tr -d "[:space:]" <version.txt)" >/dev/null || { echo "smoke FAILED: tool install"; exit 1; }
export PATH="$PWD/.tools:$PATH"

check() { # name, expected exit code, command...
  local name=$1 expected=$2; shift 2
  "$@" >/tmp/smoke.out 2>&1; local code=$?
  if [ "$code" -eq "$expected" ]; then echo "smoke ok: $name"; else echo "smoke FAILED: $name (exit $code, expected $expected)"; cat /tmp/smoke.out; fi
}
check "mcro --help" 0 mcro --help
check "mcro validate on the sample data" 0 mcro validate
check "mcro validate on a missing folder" 1 mcro validate --data does-not-exist
check "mcro indicators --year 2018 --format json" 0 mcro indicators --year 2018 --format json
site=$(mktemp -d)
check "mcro build --year 2019 --lang sr" 0 mcro build --year 2019 --lang sr --out "$site/one"
check "the Serbian 2019 sheet and its charts exist" 0 test -s "$site/one/2019/sr/index.html" -a -s "$site/one/2019/sr/charts/core-tasks.svg"
check "mcro build (every edition) with the templates installed with the tool" 0 bash -c "cd '$site' && mcro build --data '$PWD/data' --out '$site/all'"
check "mcro build on bad data writes nothing" 1 mcro build --data does-not-exist --out "$site/none"
check "the trends page of every edition and the figures of every year exist" 0 test -s "$site/all/trends/sq/index.html" -a -s "$site/all/trends/indicators.csv"
check "mcro diff of a built site and the data it was built from: nothing changed" 0 mcro diff "$site/all" data
check "mcro diff on a folder that does not exist is a usage error" 2 mcro diff "$site/all" does-not-exist
cp -r data "$site/data"
check "mcro snapshot accept beside a copy of the data" 0 mcro snapshot accept --data "$site/data"
check "mcro snapshot verify right after accept" 0 mcro snapshot verify --data "$site/data"
sed -i '0,/,yes,/s//,no,/' "$site/data/2019/offices.csv"
check "mcro snapshot verify after one answer changed fails" 1 mcro snapshot verify --data "$site/data"
check "mcro diff of the changed data against the built site names a change" 1 mcro diff "$site/all" "$site/data"
rm -rf "$site"

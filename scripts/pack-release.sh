#!/usr/bin/env bash
# Packs the mcro tool for a release into one folder, with SHA256SUMS beside the packages: what the release workflow
# attaches to the GitHub release and what action.yml (scripts/install-mcro.sh) checks before installing.
#   scripts/pack-release.sh OUT
set -euo pipefail
out=${1:?usage: scripts/pack-release.sh OUT}
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mkdir -p "$out"
out=$(cd "$out" && pwd)
rm -f "$out"/*.nupkg "$out/SHA256SUMS"
dotnet pack src/Mcro.Cli -c Release -o "$out" --nologo
cd "$out"
shopt -s nullglob
packages=(*.nupkg)
[ "${#packages[@]}" -gt 0 ] || { echo "dotnet pack wrote no package into $out" >&2; exit 1; }
# Sorted by name, so the same packages always give the same file.
printf '%s\n' "${packages[@]}" | LC_ALL=C sort | xargs sha256sum >SHA256SUMS
cat SHA256SUMS

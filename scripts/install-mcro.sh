#!/usr/bin/env bash
# Installs mcro from its GitHub release (or a mirror of one) into the runner's tool cache and puts `mcro` on PATH.
# action.yml runs it; so do the tests (tests/Mcro.Tests/Release), against a release served on 127.0.0.1.
#
#   MCRO_VERSION       the version to install (default: version.txt beside this script's folder, the action's own version)
#   MCRO_RELEASES_URL  base address of the releases: one folder per tag (v1.2.3/) holding SHA256SUMS and the .nupkg files
#                      (default: the releases of the repository the action was checked out from)
#   RUNNER_TOOL_CACHE  mcro lands in $RUNNER_TOOL_CACHE/mcro/<version>; GITHUB_PATH and GITHUB_OUTPUT are written when set
#
# Every package is checked against SHA256SUMS before dotnet sees it, and dotnet reads only those checked files: a
# generated nuget.config clears every other feed and uses a packages folder of its own (a package of the same id and
# version already cached from elsewhere is never taken). No account, no token, no nuget.org.
set -euo pipefail

id=Mcro.Factsheets
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

fail() { echo "::error title=mcro install::$*" >&2; exit 1; }

version=${MCRO_VERSION:-}
if [ -z "$version" ]; then
  [ -f "$here/version.txt" ] || fail "no version given and no version.txt in $here"
  version=$(tr -d '[:space:]' <"$here/version.txt")
fi
version=${version#v}
# The version becomes part of paths and addresses: nothing but a semantic version gets that far.
[[ $version =~ ^[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?$ ]] || fail "'$version' is not a version of mcro (expected e.g. 1.2.3)"

releases=${MCRO_RELEASES_URL:-}
# GitHub leaves github.action_repository empty inside some composite actions (actions/runner#2525); the action's own
# checkout is at …/_actions/OWNER/REPO/REF, which names the repository just as well.
if [ -z "$releases" ] || [[ $releases == *github.com//* ]]; then
  action_path=${GITHUB_ACTION_PATH:-$here}
  if [[ $action_path =~ /_actions/([^/]+)/([^/]+)/[^/]+/?$ ]]; then
    releases="https://github.com/${BASH_REMATCH[1]}/${BASH_REMATCH[2]}/releases/download"
  else
    fail "cannot tell which repository's releases to install from: set the action's releases-url input (MCRO_RELEASES_URL)"
  fi
fi
releases=${releases%/}

[ -n "${RUNNER_TOOL_CACHE:-}" ] || fail "RUNNER_TOOL_CACHE is not set (GitHub sets it on every runner)"
command -v dotnet >/dev/null || fail "dotnet is not on PATH: run actions/setup-dotnet (dotnet-version: 10.0.x) before this action"
command -v curl >/dev/null || fail "curl is not on PATH"

tool_dir="$RUNNER_TOOL_CACHE/mcro/$version"
publish() {
  [ -z "${GITHUB_PATH:-}" ] || echo "$tool_dir" >>"$GITHUB_PATH"
  [ -z "${GITHUB_OUTPUT:-}" ] || printf 'path=%s\nversion=%s\n' "$tool_dir" "$version" >>"$GITHUB_OUTPUT"
}

# A self-hosted runner keeps its tool cache: a version installed (and checked) before is used again.
if [ -f "$tool_dir.complete" ] && [ -x "$tool_dir/mcro" ]; then
  echo "mcro $version is already in the tool cache: $tool_dir"
  publish
  exit 0
fi

sha256() {
  if command -v sha256sum >/dev/null; then sha256sum "$1" | cut -d' ' -f1; else shasum -a 256 "$1" | cut -d' ' -f1; fi
}
xml() { local s=${1//&/&amp;}; s=${s//</&lt;}; s=${s//>/&gt;}; printf '%s' "${s//\"/&quot;}"; }

work=$(mktemp -d "${RUNNER_TEMP:-${TMPDIR:-/tmp}}/mcro-install.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/download" "$work/feed"
base="$releases/v$version"

fetch() { # address, file
  curl --fail --silent --show-error --location --retry 3 --connect-timeout 30 --output "$2" "$1" \
    || fail "could not download $1"
}

fetch "$base/SHA256SUMS" "$work/SHA256SUMS"

# The packages of this version: the tool's own (a pointer to the right runtime's package) and one per runtime
# (Mcro.Factsheets.linux-x64.1.2.3.nupkg, …any…). Any other line of SHA256SUMS is not mcro's business here.
main="$id.$version.nupkg"
id_pattern=${id//./\\.}
version_pattern=${version//./\\.}
declare -A expected=()
while IFS= read -r line || [ -n "$line" ]; do
  line=${line%$'\r'}
  [[ $line =~ ^([0-9a-fA-F]{64})\ [\ *](.+)$ ]] || continue
  hash=${BASH_REMATCH[1],,} name=${BASH_REMATCH[2]}
  [[ $name =~ ^${id_pattern}(\.[A-Za-z0-9-]+)?\.${version_pattern}\.nupkg$ ]] || continue
  expected[$name]=$hash
done <"$work/SHA256SUMS"
[ -n "${expected[$main]:-}" ] || fail "SHA256SUMS of $base has no line for $main: refused, nothing installed"

for name in "${!expected[@]}"; do
  fetch "$base/$name" "$work/download/$name"
  actual=$(sha256 "$work/download/$name")
  [ "$actual" = "${expected[$name]}" ] \
    || fail "$name does not match SHA256SUMS (sha256 $actual, expected ${expected[$name]}): refused, nothing installed"
done
# Only once every package is checked does any of them reach the folder dotnet installs from.
mv "$work/download/"*.nupkg "$work/feed/"

cat >"$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="mcro-release" value="$(xml "$work/feed")" />
  </packageSources>
  <config>
    <add key="globalPackagesFolder" value="$(xml "$work/packages")" />
  </config>
</configuration>
XML

rm -rf "$tool_dir" "$tool_dir.complete"
mkdir -p "$(dirname "$tool_dir")"
# From the work folder: no global.json or nuget.config of the calling repository applies.
if ! (cd "$work" && DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 NUGET_PACKAGES="$work/packages" \
  dotnet tool install "$id" --version "$version" --tool-path "$tool_dir" --configfile "$work/nuget.config" --add-source "$work/feed"); then
  rm -rf "$tool_dir"
  fail "dotnet tool install $id $version failed"
fi
# `dotnet mcro …` runs it too, as it would from a tool manifest: the dotnet host runs dotnet-mcro from PATH.
printf '#!/bin/sh\nexec "$(dirname "$0")/mcro" "$@"\n' >"$tool_dir/dotnet-mcro"
chmod +x "$tool_dir/dotnet-mcro"
"$tool_dir/mcro" --version >/dev/null || { rm -rf "$tool_dir"; fail "the installed mcro does not start (is the .NET 10 runtime installed?)"; }
touch "$tool_dir.complete"
publish
echo "mcro $version installed in $tool_dir (checked against $base/SHA256SUMS)"

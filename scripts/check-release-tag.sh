#!/usr/bin/env bash
# A release tag must name the version in version.txt (tag v1.2.3 for 1.2.3): the packages carry that version, and
# the action looks for them under the tag's folder of the release.
#   scripts/check-release-tag.sh TAG
set -euo pipefail
tag=${1:?usage: scripts/check-release-tag.sh TAG}
version=$(tr -d '[:space:]' <"$(dirname "${BASH_SOURCE[0]}")/../version.txt")
if [ "$tag" != "v$version" ]; then
  echo "::error title=release tag::the tag $tag does not name the version in version.txt ($version): tag v$version, or change version.txt first" >&2
  exit 1
fi
echo "tag $tag = version.txt $version"

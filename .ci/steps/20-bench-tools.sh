#!/usr/bin/env bash
# GNU time, for bench/time-build.sh (wall time and peak memory of whole mcro processes), which CI runs once.
# Runs as root in CI; locally: sudo bash .ci/steps/20-bench-tools.sh
set -euo pipefail
if [ -x /usr/bin/time ]; then
  echo "GNU time is already installed"
else
  echo "installing: time"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends time >/dev/null
fi

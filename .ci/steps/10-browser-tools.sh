#!/usr/bin/env bash
# The independent checkers the browser tests (tests/Mcro.BrowserTests) run over the built site:
# Chromium (Playwright drives /usr/bin/chromium; no browser is ever downloaded), poppler-utils (pdfinfo, pdftotext),
# Java for the Nu HTML Checker, and vnu.jar itself from npm at the version package-lock.json pins.
# Runs as root in CI; locally: sudo bash .ci/steps/10-browser-tools.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v pdfinfo >/dev/null && command -v pdftotext >/dev/null || missing+=(poppler-utils)
command -v java >/dev/null || missing+=(default-jre-headless)
# The machine image brings Node and npm; Debian's own npm only where there is no Node at all (it conflicts with other builds).
command -v node >/dev/null || missing+=(nodejs npm)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "installing: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "chromium, poppler-utils, java and node are already installed"
fi

# --ignore-scripts: vnu-jar's postinstall would download a Java runtime; the machine's Java runs it.
npm ci --ignore-scripts --no-audit --no-fund
test -f node_modules/vnu-jar/build/dist/vnu.jar
echo "browser tools: $(chromium --version 2>/dev/null | head -n1); $(pdfinfo -v 2>&1 | head -n1); $(java -version 2>&1 | head -n1); vnu.jar $(node -p 'require("./node_modules/vnu-jar/package.json").version')"

#!/usr/bin/env bash
# LibreOffice Calc without a display (Debian libreoffice-calc-nogui): the spreadsheet application that
# tests/Mcro.Tests/Workbook opens mcro's entry workbooks with and writes edited ones from (soffice --headless --convert-to).
# Runs as root in CI; locally: sudo bash .ci/steps/40-libreoffice.sh
set -euo pipefail
if command -v soffice >/dev/null; then
  echo "LibreOffice is already installed"
else
  echo "installing: libreoffice-calc-nogui"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui >/dev/null
fi
echo "libreoffice: $(soffice --version 2>/dev/null | head -n1)"

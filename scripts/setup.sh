#!/usr/bin/env bash
# Installs everything Relance's demo and tests need on a fresh Debian machine: Debian's Chromium and Firefox ESR
# (Playwright's own browser downloads are not used), LibreOffice for the DOCX→PDF check, zbarimg for the QR check, and the npm packages pinned
# by the lockfile.
set -euo pipefail
cd "$(dirname "$0")/.."
apt_install() {
  if [ "$(id -u)" = "0" ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  elif command -v sudo >/dev/null; then
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  else
    echo "Please install with your package manager: $*" >&2
    return 1
  fi
}
if [ -z "${CHROME_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's chromium…"
  apt_install chromium
fi
if [ -z "${FIREFOX_PATH:-}" ] && [ ! -x /usr/bin/firefox-esr ]; then
  echo "Installing Debian's firefox-esr (the Firefox build's browser tests)…"
  apt_install firefox-esr
fi
if ! command -v libreoffice >/dev/null; then
  echo "Installing LibreOffice Writer (headless) for the formal-notice DOCX check…"
  apt_install libreoffice-writer-nogui || echo "LibreOffice unavailable: that one check will be skipped." >&2
fi
if ! command -v pdftoppm >/dev/null; then
  echo "Installing poppler-utils (pdftoppm) for the store screenshot of the mise en demeure…"
  apt_install poppler-utils || echo "pdftoppm unavailable: the demo skips that one screenshot." >&2
fi
if ! command -v zbarimg >/dev/null; then
  echo "Installing zbar-tools (zbarimg) to check that the payment QR code reads back…"
  apt_install zbar-tools || echo "zbarimg unavailable: the QR read-back check will be skipped." >&2
fi
# npm 11 on this platform writes only this platform's optional binaries (rollup, esbuild) into the lockfile, and
# `npm ci` then refuses the lockfile as out of sync; `npm install` installs the same locked versions.
npm ci --no-audit --no-fund 2>/dev/null || npm install --no-audit --no-fund

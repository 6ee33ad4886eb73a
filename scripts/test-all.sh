#!/usr/bin/env bash
# `npm test`: every check, in order, each failing loudly. Needs Chromium (and Xvfb for the headed shortcut
# test) and firefox-esr; `.ci/run` installs them on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m== %s ==\033[0m\n' "$1"; }

step "types"
npm run --silent typecheck

step "unit tests (Node)"
npx vitest run

step "build: production (dist/) and test (dist-test/, adds the 127.0.0.1 host permission)"
npm run --silent build >/dev/null
npm run --silent build:test >/dev/null

step "end-to-end in Chromium"
# The shortcut test presses a real key in a headed browser, which needs an X display.
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then
  xvfb-run -a --server-args="-screen 0 1280x900x24" npx playwright test
else
  npx playwright test
fi

step "build: Firefox (dist-firefox/) and its test build (dist-firefox-test/), then web-ext lint"
npm run --silent build:firefox >/dev/null
npm run --silent build:firefox:test >/dev/null
npm run --silent lint:firefox

step "end-to-end in Firefox (firefox-esr, headless, puppeteer-core over WebDriver BiDi)"
npx playwright test -c playwright.firefox.config.ts

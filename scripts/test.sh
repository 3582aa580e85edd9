#!/usr/bin/env bash
# The one test command (README): brings the test tools, then type-check, lint, package boundaries,
# unit tests with the domain's 100% line-coverage gate, the integration suites on PGlite AND on the
# machine's PostgreSQL server, the console build, and the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
node scripts/check-node.mjs

step() { printf '\n=== %s ===\n' "$*"; }

step "test tools (Chromium, CJK font, OpenSSL, PostgreSQL)"
bash scripts/ensure-test-tools.sh

step "type-check (strict)"
npm run -s typecheck
step "lint"
npm run -s lint
step "package boundaries (dependency-cruiser)"
npm run -s boundaries

step "unit tests + domain coverage (100% lines)"
node scripts/domain-coverage.mjs
TZ=UTC node scripts/run-tests.mjs unit

step "integration tests on PGlite"
TZ=UTC node scripts/run-tests.mjs int
step "integration tests on PostgreSQL (127.0.0.1:5432, TZ=Asia/Shanghai)"
TZ=Asia/Shanghai TEST_DATABASE_URL="${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test}" node scripts/run-tests.mjs int

step "console build"
npm run -s build:web
step "browser tests (Debian Chromium)"
node scripts/run-tests.mjs e2e

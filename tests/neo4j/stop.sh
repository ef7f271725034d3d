#!/usr/bin/env bash
# Stops the test Neo4j that tests/neo4j/start.sh started, by its pid file, and removes its run directory.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CACHE="${SALESOPS_NEO4J_CACHE:-$ROOT/.neo4j}"
RUN="$CACHE/run"
PIDFILE="$RUN/run/neo4j.pid"

if [ -f "$PIDFILE" ] && pid="$(cat "$PIDFILE")" && kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    # A clean shutdown takes a second or two; after 20 s it is forced.
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    if kill -0 "$pid" 2>/dev/null; then
        echo "neo4j: pid $pid did not stop in 20 s; killing it" >&2
        kill -9 "$pid" 2>/dev/null || true
    fi
    echo "neo4j: stopped (pid $pid)" >&2
else
    echo "neo4j: not running" >&2
fi
rm -rf "$RUN"

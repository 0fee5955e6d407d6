#!/usr/bin/env bash
# Integration under load: return creation with one or two instances on one PostgreSQL server database, webhook
# delivery latency and rate, and the outbox lag while the load runs. See docs/benchmarks.md ("Integration").
#
#   bench/integration.sh                      # one instance
#   INTEG_INSTANCES=2 bench/integration.sh    # two instances, requests round-robin
#
# Creates a database of its own on the local server, starts the jar (127.0.0.1 only) with a first client and
# administrator from configuration and a metrics token, sets up a product, the return policy and one agent token per
# client, subscribes a webhook receiver run by the driver (bench/IntegrationLoad.java) to return.authorized.v1, then
# INTEG_CLIENTS clients create orders and returns for INTEG_SECONDS. It waits for every webhook (two minutes at most)
# and prints the figures with the load average. Bounded, loopback only; removes what it made, also on Ctrl-C.
#
# Settings (environment): INTEG_INSTANCES (1), INTEG_CLIENTS (8), INTEG_SECONDS (60), INTEG_PORT (18289),
# INTEG_BUILD (1: build the jar; 0: use the one in target/), PGPORT (5432), PGUSER (postgres).
set -Eeuo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
INSTANCES=${INTEG_INSTANCES:-1}
CLIENTS=${INTEG_CLIENTS:-8}
SECONDS_MAX=${INTEG_SECONDS:-60}
PORT=${INTEG_PORT:-18289}
BUILD=${INTEG_BUILD:-1}
export PGHOST=127.0.0.1
export PGPORT=${PGPORT:-5432}
export PGUSER=${PGUSER:-postgres}
METRICS_TOKEN=bench-metrics-token-0123456789abcdef

((INSTANCES == 1 || INSTANCES == 2)) || { echo "INTEG_INSTANCES must be 1 or 2" >&2; exit 2; }
((CLIENTS >= 1 && CLIENTS <= 32)) || { echo "INTEG_CLIENTS must be 1..32" >&2; exit 2; }
((SECONDS_MAX >= 5 && SECONDS_MAX <= 600)) || { echo "INTEG_SECONDS must be 5..600" >&2; exit 2; }

RUN_ID=$(date -u +%Y%m%dT%H%M%SZ)
OUT=$ROOT/target/integration/$RUN_ID
mkdir -p "$OUT"
DB=rtg_integ_${RUN_ID,,}
DB=${DB//[^a-z0-9_]/_}
PIDS=()

log() { echo "[integration $(date -u +%H:%M:%S)] $*"; }

cleanup() {
    trap - EXIT INT TERM
    for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    dropdb --if-exists --force "$DB" 2>/dev/null || true
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

for tool in java javac curl createdb dropdb; do
    command -v $tool >/dev/null || { echo "needs $tool" >&2; exit 2; }
done
for i in $(seq 0 $((INSTANCES - 1))); do
    if ss -ltn 2>/dev/null | grep -q ":$((PORT + i)) "; then echo "port $((PORT + i)) is in use" >&2; exit 2; fi
done

if [[ $BUILD == 1 ]]; then
    log "building the jar"
    ./mvnw -q -B -DskipTests -Dspotless.check.skip=true package >"$OUT/build.log" 2>&1
fi
JAR=$(ls target/retrogistics-*.jar 2>/dev/null | grep -v original | head -1)
[[ -n $JAR ]] || { echo "no jar in target/: build it (INTEG_BUILD=1)" >&2; exit 2; }
javac -d "$OUT/classes" bench/CrashLoad.java bench/IntegrationLoad.java

createdb "$DB"
BASES=
for i in $(seq 0 $((INSTANCES - 1))); do
    port=$((PORT + i))
    log "starting instance $((i + 1)) on port $port"
    setsid java -Xmx1g -jar "$JAR" \
        --server.address=127.0.0.1 --server.port="$port" \
        --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PGPORT/$DB" --spring.datasource.username="$PGUSER" \
        --retrogistics.demo.seed=never --retrogistics.metrics.token=$METRICS_TOKEN \
        --retrogistics.bootstrap.client-code=integ --retrogistics.bootstrap.client-name="Integration bench" \
        --retrogistics.bootstrap.currency=USD --retrogistics.bootstrap.admin-username=integ-admin \
        --retrogistics.bootstrap.admin-password=integ-admin-password >"$OUT/app-$((i + 1)).log" 2>&1 &
    PIDS+=($!)
    for _ in $(seq 1 180); do
        curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1 && break
        kill -0 "${PIDS[-1]}" 2>/dev/null || { echo "instance died; see $OUT/app-$((i + 1)).log" >&2; exit 1; }
        sleep 1
    done
    BASES=${BASES:+$BASES,}http://127.0.0.1:$port
done

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
log "$CLIENTS clients for $SECONDS_MAX s on $BASES (load average $load_before)"
figures=$(java -cp "$OUT/classes" IntegrationLoad "$BASES" "$OUT" integ-admin integ-admin-password \
    "$METRICS_TOKEN" "$CLIENTS" "$SECONDS_MAX")
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
echo "instances=$INSTANCES clients=$CLIENTS seconds=$SECONDS_MAX $figures load_before=\"$load_before\" load_after=\"$load_after\"" \
    | tee "$OUT/summary.txt"

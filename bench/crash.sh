#!/usr/bin/env bash
# Crash and retry: does a kill -9 in the middle of keyed writes lose or duplicate anything? See docs/reliability.md.
#
#   bench/crash.sh
#   CRASH_INSTANCES=2 bench/crash.sh   # two instances on the database, requests round-robin; one is killed
#
# For each of CRASH_RUNS runs: creates a database of its own on the local PostgreSQL server, starts the jar on it
# (127.0.0.1 only) with a first client and administrator from configuration, sets up a product, the return policy and
# one agent token per client (bench/CrashLoad.java), then CRASH_CLIENTS clients place orders, return them and refund
# the returns, every POST with an Idempotency-Key. CRASH_KILL_AFTER seconds after the first answer the application is
# killed with SIGKILL; it is started again, every request that had no answer is sent again with its key and body, and
# every operation is carried to its end; some requests acknowledged before the kill are sent again too (they must be
# answered from their key). Then it counts: operations lost (acknowledged, or never completed), duplicate returns (an
# order with two returns) and double refunds (a return line refunded twice), with the load average.
#
# Bounded: CRASH_OPS operations per client, at most CRASH_SECONDS of load, bounded waits everywhere; it stops by
# itself and removes what it made (processes, databases), also on failure or Ctrl-C. Logs: target/crash/<run id>/.
#
# With CRASH_INSTANCES=2 a second instance runs on the same database (port CRASH_PORT+1), the clients send their
# requests to both in turn, and the first is killed: nothing is restarted, the retries go to the survivor.
#
# Settings (environment): CRASH_INSTANCES (1), CRASH_RUNS (3), CRASH_CLIENTS (8), CRASH_OPS (400), CRASH_SECONDS (60),
# CRASH_KILL_AFTER (12 s), CRASH_PORT (18089), CRASH_BUILD (1: build the jar; 0: use the one in target/),
# PGPORT (5432), PGUSER (postgres).
set -Eeuo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD

RUNS=${CRASH_RUNS:-3}
CLIENTS=${CRASH_CLIENTS:-8}
OPS=${CRASH_OPS:-400}
SECONDS_MAX=${CRASH_SECONDS:-60}
KILL_AFTER=${CRASH_KILL_AFTER:-12}
PORT=${CRASH_PORT:-18089}
BUILD=${CRASH_BUILD:-1}
INSTANCES=${CRASH_INSTANCES:-1}
export PGHOST=127.0.0.1
export PGPORT=${PGPORT:-5432}
export PGUSER=${PGUSER:-postgres}

((INSTANCES == 1 || INSTANCES == 2)) || { echo "CRASH_INSTANCES must be 1 or 2" >&2; exit 2; }
((RUNS >= 1 && RUNS <= 10)) || { echo "CRASH_RUNS must be 1..10" >&2; exit 2; }
((CLIENTS >= 1 && CLIENTS <= 32)) || { echo "CRASH_CLIENTS must be 1..32" >&2; exit 2; }
((OPS >= 1 && OPS <= 5000)) || { echo "CRASH_OPS must be 1..5000" >&2; exit 2; }
((SECONDS_MAX >= 5 && SECONDS_MAX <= 300)) || { echo "CRASH_SECONDS must be 5..300" >&2; exit 2; }
((KILL_AFTER >= 1 && KILL_AFTER < SECONDS_MAX)) || { echo "CRASH_KILL_AFTER must be 1..CRASH_SECONDS-1" >&2; exit 2; }

RUN_ID=$(date -u +%Y%m%dT%H%M%SZ)
OUT=$ROOT/target/crash/$RUN_ID
mkdir -p "$OUT"
BASE=http://127.0.0.1:$PORT
SURVIVOR=http://127.0.0.1:$((PORT + 1))
APP_PID=
OTHER_PID=
LOAD_PID=
DB=

log() { echo "[crash $(date -u +%H:%M:%S)] $*"; }

stop_pid() { # $1: a process id, or nothing
    [[ -n $1 ]] || return 0
    if kill -0 "$1" 2>/dev/null; then
        kill -TERM "$1" 2>/dev/null || true
        for _ in $(seq 1 30); do kill -0 "$1" 2>/dev/null || break; sleep 1; done
        kill -KILL "$1" 2>/dev/null || true
    fi
    wait "$1" 2>/dev/null || true
}

stop_app() {
    stop_pid "$APP_PID"
    APP_PID=
    stop_pid "$OTHER_PID"
    OTHER_PID=
}

cleanup() {
    trap - EXIT INT TERM
    [[ -n $LOAD_PID ]] && kill -TERM "$LOAD_PID" 2>/dev/null || true
    stop_app
    [[ -n $DB ]] && dropdb --if-exists --force "$DB" 2>/dev/null || true
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

for tool in java javac curl psql createdb dropdb; do
    command -v $tool >/dev/null || { echo "needs $tool" >&2; exit 2; }
done
for p in $PORT $((PORT + 1)); do
    if ss -ltn 2>/dev/null | grep -q ":$p "; then
        echo "port $p is in use; set CRASH_PORT" >&2
        exit 2
    fi
done

if [[ $BUILD == 1 ]]; then
    log "building the jar"
    ./mvnw -q -B -DskipTests -Dspotless.check.skip=true package >"$OUT/build.log" 2>&1
fi
JAR=$(ls target/retrogistics-*.jar 2>/dev/null | grep -v original | head -1)
[[ -n $JAR ]] || { echo "no jar in target/: build it (CRASH_BUILD=1)" >&2; exit 2; }
javac -d "$OUT/classes" bench/CrashLoad.java
DRIVER=(java -cp "$OUT/classes" CrashLoad)

start_app() { # $1: log file, $2: port (CRASH_PORT); sets LAST_PID
    local port=${2:-$PORT}
    setsid java -Xmx1g -jar "$JAR" \
        --server.address=127.0.0.1 --server.port="$port" \
        --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PGPORT/$DB" --spring.datasource.username="$PGUSER" \
        --retrogistics.demo.seed=never \
        --retrogistics.bootstrap.client-code=crash --retrogistics.bootstrap.client-name="Crash test" \
        --retrogistics.bootstrap.currency=USD --retrogistics.bootstrap.admin-username=crash-admin \
        --retrogistics.bootstrap.admin-password=crash-admin-password >"$1" 2>&1 &
    LAST_PID=$!
    for _ in $(seq 1 180); do
        kill -0 "$LAST_PID" 2>/dev/null || { echo "the application died; see $1" >&2; return 1; }
        curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && return 0
        sleep 1
    done
    echo "the application did not start in 180 s; see $1" >&2
    return 1
}

q() { psql -d "$DB" -tAq -c "$1"; }

SUMMARY=$OUT/summary.txt
: >"$SUMMARY"
for run in $(seq 1 "$RUNS"); do
    DIR=$OUT/run-$run
    mkdir -p "$DIR"
    DB=rtg_crash_${RUN_ID,,}_$run
    DB=${DB//[^a-z0-9_]/_}
    dropdb --if-exists --force "$DB" 2>/dev/null || true
    createdb "$DB"
    load_before=$(cut -d' ' -f1-3 /proc/loadavg)

    log "run $run: starting the application on database $DB"
    start_app "$DIR/app-1.log"
    APP_PID=$LAST_PID
    "${DRIVER[@]}" setup "$BASE" "$DIR" crash-admin crash-admin-password "$CLIENTS"
    TARGETS=$BASE
    if ((INSTANCES == 2)); then
        log "run $run: starting a second instance on the same database"
        start_app "$DIR/app-other.log" $((PORT + 1))
        OTHER_PID=$LAST_PID
        TARGETS=$BASE,$SURVIVOR
    fi

    log "run $run: $CLIENTS clients, up to $OPS operations each; kill -9 after $KILL_AFTER s"
    "${DRIVER[@]}" load "$TARGETS" "$DIR" "$OPS" "$SECONDS_MAX" >"$DIR/load.log" 2>&1 &
    LOAD_PID=$!
    # the kill comes CRASH_KILL_AFTER seconds after the first answer, so a slow start does not shorten the load
    for _ in $(seq 1 120); do grep -q '^ACK' "$DIR/journal" 2>/dev/null && break; sleep 0.5; done
    sleep "$KILL_AFTER"
    load_at_kill=$(cut -d' ' -f1-3 /proc/loadavg)
    kill -KILL "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=
    log "run $run: killed; waiting for the clients to notice"
    for _ in $(seq 1 60); do kill -0 "$LOAD_PID" 2>/dev/null || break; sleep 1; done
    kill -TERM "$LOAD_PID" 2>/dev/null || true
    wait "$LOAD_PID" 2>/dev/null || true
    LOAD_PID=
    sent_before=$(grep -c '^SENT' "$DIR/journal" || true)

    if ((INSTANCES == 2)); then
        log "run $run: retrying every unanswered request with its key on the surviving instance"
        figures=$("${DRIVER[@]}" retry "$SURVIVOR" "$DIR")
    else
        log "run $run: restarting; retrying every unanswered request with its key"
        start_app "$DIR/app-2.log"
        APP_PID=$LAST_PID
        figures=$("${DRIVER[@]}" retry "$BASE" "$DIR")
    fi

    duplicate_returns=$(q "select count(*) from (select rl.order_number from return_line rl
        where rl.order_number like 'CR-%' group by rl.order_number having count(distinct rl.return_id) > 1) d")
    double_refunds=$(q "select count(*) from (select m.return_line_id from money_movement m
        where m.kind like 'REFUND%' group by m.return_line_id having count(*) > 1) d")
    refunds_per_order=$(q "select count(*) from (select rl.order_number from money_movement m
        join return_line rl on rl.id = m.return_line_id where m.kind like 'REFUND%'
        group by rl.order_number having count(*) > 1) d")
    returns=$(q "select count(*) from return_request")
    refunds=$(q "select count(*) from money_movement where kind like 'REFUND%'")
    payouts=$(q "select count(*) from payout_ledger")
    keys=$(q "select count(*) from idempotency_record")
    line="instances=$INSTANCES run=$run requests_before_kill=$sent_before $figures returns=$returns refunds=$refunds payouts=$payouts"
    line+=" keys=$keys duplicate_returns=$duplicate_returns double_refunds=$double_refunds"
    line+=" orders_refunded_twice=$refunds_per_order load_before=\"$load_before\" load_at_kill=\"$load_at_kill\""
    echo "$line" | tee -a "$SUMMARY"

    stop_app
    dropdb --if-exists --force "$DB"
    DB=
done
log "summary in $SUMMARY"

#!/usr/bin/env bash
# One benchmark run on this machine; see docs/benchmarks.md.
#
#   bench/run.sh
#
# 1. builds the jar (skip with BENCH_BUILD=0),
# 2. start-up to first page: `java -jar` on the embedded default database (/, the /console login page, and ready: the
#    "Demo users ready" line), the same with class data sharing (bin/cds.sh), and `./mvnw spring-boot:run` (skip with
#    BENCH_MVN_RUN=0),
# 3. creates a fresh database on the local PostgreSQL server, starts the jar against it (timed to the first 200 of /),
# 4. for each client count N in BENCH_USERS: the Gatling simulation (N users, warm-up, then BENCH_DURATION seconds
#    of return creations), then `pgbench -c N -j 2 -T BENCH_DURATION` (TPC-B) on a separate fresh database,
# 5. prints a summary and rewrites the result tables in docs/benchmarks.md (skip with BENCH_UPDATE_DOCS=0).
#
# Everything it creates (databases, processes) is removed at the end, also on failure or Ctrl-C. All traffic goes to
# 127.0.0.1. It also tells how much CPU other work on the machine took meanwhile, so that a disturbed run shows.
# Logs stay under target/bench/<run id>/, Gatling's HTML reports under target/gatling/.
#
# Settings (environment): BENCH_USERS ("4 8 16"), BENCH_DURATION (60 s), BENCH_WARMUP (15 s), BENCH_PORT (8080),
# BENCH_MAX_RATE (600 returns/s the prepared orders must last for), BENCH_PGBENCH_SCALE (largest N),
# BENCH_NOTE (a remark printed with the figures, e.g. about other work running), PGPORT (5432), PGUSER (postgres),
# BENCH_STARTUP (1; 0 skips the start-up measures), BENCH_PROFILE (0; 1 runs the application under async-profiler,
# CPU samples every millisecond, and keeps the flame graph in docs/profiles/; the tables are then left alone).
set -Eeuo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD

USERS_LIST=${BENCH_USERS:-"4 8 16"}
DURATION=${BENCH_DURATION:-60}
WARMUP=${BENCH_WARMUP:-15}
PORT=${BENCH_PORT:-8080}
MAX_RATE=${BENCH_MAX_RATE:-600}
BUILD=${BENCH_BUILD:-1}
MVN_RUN=${BENCH_MVN_RUN:-1}
UPDATE_DOCS=${BENCH_UPDATE_DOCS:-1}
STARTUP=${BENCH_STARTUP:-1}
PROFILE=${BENCH_PROFILE:-0}
if [[ $PROFILE == 1 ]]; then
    UPDATE_DOCS=0 # a profiled run is slower: its figures never replace the tables
fi
NOTE=${BENCH_NOTE:-}
export PGHOST=127.0.0.1
export PGPORT=${PGPORT:-5432}
export PGUSER=${PGUSER:-postgres}

# bounds: the load stays finite in count and time
max_users=0
for n in $USERS_LIST; do
    if ! [[ $n =~ ^[0-9]+$ ]] || ((n < 1 || n > 64)); then
        echo "BENCH_USERS: each count must be 1..64" >&2
        exit 2
    fi
    if ((n > max_users)); then max_users=$n; fi
done
(($(wc -w <<<"$USERS_LIST") <= 6)) || { echo "BENCH_USERS: at most 6 client counts" >&2; exit 2; }
((DURATION >= 5 && DURATION <= 600)) || { echo "BENCH_DURATION must be 5..600 s" >&2; exit 2; }
((WARMUP >= 0 && WARMUP <= 120)) || { echo "BENCH_WARMUP must be 0..120 s" >&2; exit 2; }
PGBENCH_SCALE=${BENCH_PGBENCH_SCALE:-$max_users}

RUN_ID=$(date -u +%Y%m%d%H%M%S)
RUN_DIR=$ROOT/target/bench/$RUN_ID
mkdir -p "$RUN_DIR"
APP_DB=rtg_bench_${RUN_ID}_$$
PGBENCH_DB=rtg_pgbench_${RUN_ID}_$$
BASE_URL=http://127.0.0.1:$PORT

log() { printf '[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }
die() { log "FAILED: $*"; exit 1; }
now_ms() { echo $(($(date +%s%N) / 1000000)); }

# ---------------------------------------------------------------- clean-up of everything this run creates
declare -a PIDS=() EPG_DIRS=() DATABASES=()

stop_group() { # pid of a process started with setsid (so it leads its own group)
    local pid=$1
    kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true # the JVM's shutdown hook stops an embedded PostgreSQL
    for _ in $(seq 1 150); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.2
    done
    kill -TERM -- "-$pid" 2>/dev/null || true
    kill -0 "$pid" 2>/dev/null && kill -KILL -- "-$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

stop_leftover_embedded_postgres() {
    local dir pid
    for dir in "${EPG_DIRS[@]}"; do
        [[ -f $dir/postmaster.pid ]] || continue
        pid=$(head -1 "$dir/postmaster.pid")
        if [[ $pid =~ ^[0-9]+$ ]] && ps -o args= -p "$pid" 2>/dev/null | grep -qF -- "$dir"; then
            kill -TERM "$pid" 2>/dev/null || true
        fi
    done
}

cleanup() {
    local status=$?
    trap - EXIT INT TERM
    local pid db
    for pid in "${PIDS[@]}"; do stop_group "$pid"; done
    stop_leftover_embedded_postgres
    for db in "${DATABASES[@]}"; do dropdb --if-exists --force "$db" 2>/dev/null || true; done
    if ((status != 0)); then log "stopped (status $status); logs in ${RUN_DIR#"$ROOT"/}"; fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

BG_PID=""
start_bg() { # logfile command...: starts the command in its own process group; its pid goes to BG_PID
    local logfile=$1
    shift
    setsid "$@" >"$logfile" 2>&1 </dev/null &
    BG_PID=$!
    PIDS+=("$BG_PID")
}

port_free() { ! ss -Hltn "sport = :$PORT" | grep -q .; }

wait_for_200() { # url pid timeout_s
    local url=$1 pid=$2 deadline=$(($(now_ms) + $3 * 1000))
    while (($(now_ms) < deadline)); do
        [[ $(curl -sL -o /dev/null -w '%{http_code}' --max-time 5 "$url" 2>/dev/null) == 200 ]] && return 0
        kill -0 "$pid" 2>/dev/null || return 1
        sleep 0.05
    done
    return 1
}

new_epg_dirs() { comm -13 <(sort <<<"$1") <(compgen -G '/tmp/epg*' | sort || true); }

# ---------------------------------------------------------------- preconditions
for tool in java curl pgbench psql createdb dropdb setsid ss; do
    command -v "$tool" >/dev/null || die "$tool is missing (pgbench, psql: apt-get install -y postgresql-client)"
done
psql -d postgres -Atqc 'select 1' >/dev/null || die "no PostgreSQL server answers on 127.0.0.1:$PGPORT as $PGUSER"
port_free || die "port $PORT is in use; set BENCH_PORT to a free one"

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
log "run $RUN_ID: users [$USERS_LIST], warm-up ${WARMUP}s, measured ${DURATION}s, load average before: $LOAD_BEFORE"

if [[ $BUILD == 1 ]]; then
    log "building the jar"
    ./mvnw -q -DskipTests package >"$RUN_DIR/build.log" 2>&1 || die "build failed, see $RUN_DIR/build.log"
fi
JAR=$(compgen -G 'target/retrogistics-*.jar' | grep -v -- '-plain' | head -1 || true)
[[ -f $JAR ]] || die "no jar in target/: run ./mvnw -DskipTests package"

# How much CPU other work took during a part of the run: all busy time of the machine (/proc/stat) less this run's
# own (this script's finished children such as Gatling and pgbench, the processes it started, the PostgreSQL
# server with its backends), in percent of all cores over the part's wall time.
tree_ticks() { # user + system time of a process and its descendants, with their reaped children's, in clock ticks
    local pid=$1 sum child
    [[ -r /proc/$pid/stat ]] || { echo 0; return; }
    sum=$(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$pid/stat" 2>/dev/null || echo 0)
    for child in $(ps -o pid= --ppid "$pid" 2>/dev/null); do
        sum=$((sum + $(tree_ticks "$child")))
    done
    echo "${sum:-0}"
}
PG_POSTMASTER=$(ps -o ppid= -p "$(psql -d postgres -Atqc \
    "select pid from pg_stat_activity where backend_type = 'checkpointer'")" | tr -d ' ' || true)
[[ -n $PG_POSTMASTER ]] || PG_POSTMASTER=0 # a server on another machine: nothing of it runs here
APP_PID=""
cpu_snapshot() { # [pids of this run's processes...]; prints: machine busy ticks, own ticks, time in ms
    local busy own pid
    busy=$(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat)
    own=$(awk '{ print $16 + $17 }' "/proc/$$/stat")
    for pid in "$PG_POSTMASTER" $APP_PID "$@"; do
        own=$((own + $(tree_ticks "$pid")))
    done
    echo "$busy $own $(now_ms)"
}
epg_postmasters() { # pids of the embedded PostgreSQL servers in the given data directories
    local dir
    for dir in "$@"; do
        if [[ -f $dir/postmaster.pid ]]; then head -1 "$dir/postmaster.pid"; fi
    done
}
other_cpu_percent() { # snapshot-before snapshot-after
    local b0 o0 t0 b1 o1 t1
    read -r b0 o0 t0 <<<"$1"
    read -r b1 o1 t1 <<<"$2"
    awk -v d="$(((b1 - b0) - (o1 - o0)))" -v ms="$((t1 - t0))" -v hz="$(getconf CLK_TCK)" -v cores="$(nproc)" \
        'BEGIN { v = 100 * d / hz / (ms / 1000) / cores; printf "%.0f", v < 0 ? 0 : v }'
}
# ---------------------------------------------------------------- start-up to first page, embedded database
wait_for_line() { # logfile pattern pid timeout_s
    local deadline=$(($(now_ms) + $4 * 1000))
    until grep -q "$2" "$1" 2>/dev/null; do
        kill -0 "$3" 2>/dev/null || return 1
        (($(now_ms) < deadline)) || return 1
        sleep 0.05
    done
}
# One embedded start: the first 200 of / and of the console's login page, and "ready": / served and the demo users
# signed in-able (the "Demo users ready" line). Sets ROOT_MS, CONSOLE_MS, READY_MS and OTHER_MS.
embedded_start() { # name command...
    local name=$1 logfile
    shift
    logfile=$RUN_DIR/startup-$name.log
    before=$(compgen -G '/tmp/epg*' || true)
    snap_before=$(cpu_snapshot)
    t0=$(now_ms)
    start_bg "$logfile" "$@" --server.port="$PORT" --server.address=127.0.0.1
    pid=$BG_PID
    wait_for_200 "$BASE_URL/" "$pid" 180 || die "$name start: / never answered 200, see $logfile"
    ROOT_MS=$(($(now_ms) - t0))
    wait_for_200 "$BASE_URL/console" "$pid" 60 || die "$name start: /console login page never answered 200"
    CONSOLE_MS=$(($(now_ms) - t0))
    wait_for_line "$logfile" 'Demo users ready' "$pid" 180 || die "$name start: the demo users never came, see $logfile"
    READY_MS=$(($(now_ms) - t0))
    mapfile -t new_dirs < <(new_epg_dirs "$before")
    EPG_DIRS+=("${new_dirs[@]}")
    # shellcheck disable=SC2046
    OTHER_MS=$(other_cpu_percent "$snap_before" "$(cpu_snapshot "$pid" $(epg_postmasters "${new_dirs[@]}"))")
    stop_group "$pid"
    log "  / after ${ROOT_MS} ms, /console login page after ${CONSOLE_MS} ms, ready (users exist) after ${READY_MS} ms" \
        "(other work: ${OTHER_MS} % of the CPU)"
}

EMB_ROOT_MS="" CDS_ROOT_MS="" MVN_ROOT_MS="" OTHER_EMB="" OTHER_CDS="" OTHER_MVN=""
if [[ $STARTUP == 1 ]]; then
log "start-up: java -jar $JAR (embedded PostgreSQL)"
embedded_start embedded java -jar "$JAR"
EMB_ROOT_MS=$ROOT_MS EMB_CONSOLE_MS=$CONSOLE_MS EMB_READY_MS=$READY_MS OTHER_EMB=$OTHER_MS

# the same jar with class data sharing (bin/cds.sh: extracted layout, archive from a training start, not timed here)
log "start-up: class data sharing archive (bin/cds.sh)"
bin/cds.sh >"$RUN_DIR/cds.log" 2>&1 || die "bin/cds.sh failed, see $RUN_DIR/cds.log"
port_free || die "port $PORT still busy"
log "start-up: java -XX:SharedArchiveFile=target/app/retrogistics.jsa -jar target/app/retrogistics.jar (embedded)"
embedded_start cds java -XX:SharedArchiveFile=target/app/retrogistics.jsa -Xlog:cds=off -jar target/app/retrogistics.jar
CDS_ROOT_MS=$ROOT_MS CDS_CONSOLE_MS=$CONSOLE_MS CDS_READY_MS=$READY_MS OTHER_CDS=$OTHER_MS

OTHER_MVN=""
if [[ $MVN_RUN == 1 ]]; then
    port_free || die "port $PORT still busy"
    log "start-up: ./mvnw spring-boot:run (embedded PostgreSQL)"
    before=$(compgen -G '/tmp/epg*' || true)
    snap_before=$(cpu_snapshot)
    t0=$(now_ms)
    start_bg "$RUN_DIR/startup-mvn.log" ./mvnw spring-boot:run \
        "-Dspring-boot.run.arguments=--server.port=$PORT --server.address=127.0.0.1"
    pid=$BG_PID
    wait_for_200 "$BASE_URL/" "$pid" 240 || die "spring-boot:run: / never answered 200, see $RUN_DIR/startup-mvn.log"
    MVN_ROOT_MS=$(($(now_ms) - t0))
    mapfile -t new_dirs < <(new_epg_dirs "$before")
    EPG_DIRS+=("${new_dirs[@]}")
    # shellcheck disable=SC2046
    OTHER_MVN=$(other_cpu_percent "$snap_before" "$(cpu_snapshot "$pid" $(epg_postmasters "${new_dirs[@]}"))")
    stop_group "$pid"
    log "  / after ${MVN_ROOT_MS} ms (other work: ${OTHER_MVN} % of the CPU)"
fi

fi

# ---------------------------------------------------------------- the application on the local PostgreSQL server
port_free || die "port $PORT still busy"
createdb "$APP_DB"
DATABASES+=("$APP_DB")
log "start-up: java -jar $JAR on 127.0.0.1:$PGPORT/$APP_DB"
snap_before=$(cpu_snapshot)
t0=$(now_ms)
AGENT=()
if [[ $PROFILE == 1 ]]; then
    # async-profiler from Maven Central: its jar carries the native library
    ./mvnw -q dependency:copy -Dartifact=tools.profiler:async-profiler:4.1 -DoutputDirectory=target/profiler \
        >"$RUN_DIR/profiler.log" 2>&1 || die "could not fetch async-profiler, see $RUN_DIR/profiler.log"
    unzip -oq target/profiler/async-profiler-4.1.jar 'linux-x64/*' -d target/profiler
    FLAME=$RUN_DIR/return-creation-flame.html
    AGENT=("-agentpath:$ROOT/target/profiler/linux-x64/libasyncProfiler.so=start,event=itimer,interval=1ms,file=$FLAME")
fi
start_bg "$RUN_DIR/app.log" java "${AGENT[@]}" -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 \
    "--spring.datasource.url=jdbc:postgresql://127.0.0.1:$PGPORT/$APP_DB" \
    "--spring.datasource.username=$PGUSER" --retrogistics.demo.seed=always
APP_PID=$BG_PID
wait_for_200 "$BASE_URL/" "$APP_PID" 180 || die "/ never answered 200, see $RUN_DIR/app.log"
APP_ROOT_MS=$(($(now_ms) - t0))
OTHER_APP=$(other_cpu_percent "$snap_before" "$(cpu_snapshot)")
log "  / after ${APP_ROOT_MS} ms (other work: ${OTHER_APP} % of the CPU); waiting for the demo data"
# Demo credentials are printed only on the embedded database; on a server the run issues its own admin token for
# the northwind client: a random secret, of which the table keeps the SHA-256 as the application does.
deadline=$(($(now_ms) + 300000))
until grep -q 'Demo data seeded' "$RUN_DIR/app.log"; do
    kill -0 "$APP_PID" 2>/dev/null || die "the application stopped, see $RUN_DIR/app.log"
    (($(now_ms) < deadline)) || die "demo data never finished seeding, see $RUN_DIR/app.log"
    sleep 0.5
done
TOKEN="rtg_bench_$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
# tokens expire (ADR 0013): the bench token lives a day
issued=$(psql -d "$APP_DB" -Atqc "insert into api_token (id, client_id, name, token_hash, roles, expires_at)
    select gen_random_uuid(), id, 'bench', '$(printf %s "$TOKEN" | sha256sum | cut -d' ' -f1)', 'ADMIN',
    now() + interval '1 day'
    from client where code = 'northwind' returning 1" || true)
[[ $issued == 1 ]] || TOKEN=""
[[ -n $TOKEN ]] || die "could not issue a bench token in $APP_DB"

createdb "$PGBENCH_DB"
DATABASES+=("$PGBENCH_DB")
log "pgbench -i -s $PGBENCH_SCALE"
pgbench -i -q -s "$PGBENCH_SCALE" "$PGBENCH_DB" >"$RUN_DIR/pgbench-init.log" 2>&1 || die "pgbench -i failed"

sql() { psql -d "$APP_DB" -Atqc "$1"; }
db_counters() {
    psql -d postgres -Atqc "select xact_commit, tup_inserted + tup_updated + tup_deleted
        from pg_stat_database where datname = '$APP_DB'"
}
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; } # user + system time of a process, in clock ticks

actual() { # Gatling prints each assertion with its actual value
    grep -F "create return: $1" "$2" | sed -nE 's/.*\(actual : ([0-9.]+)\).*/\1/p' | head -1
}

RESULTS=$RUN_DIR/results.tsv
printf 'users\trps\tp50\tp95\tp99\tmax\tmean\terrors\tcount\twindow_ms\ttps\tpg_latency_ms\tcommits_per_return\trows_per_return\tapp_cpu_ms_per_return\tother_cpu_gatling\tother_cpu_pgbench\n' >"$RESULTS"

for n in $USERS_LIST; do
    log "Gatling: $n users, warm-up ${WARMUP}s, measured ${DURATION}s"
    returns_before=$(sql 'select count(*) from return_request')
    read -r commits_before rows_before < <(db_counters | tr '|' ' ')
    cpu_before=$(cpu_ticks "$APP_PID")
    snap_before=$(cpu_snapshot)
    glog=$RUN_DIR/gatling-$n.log
    start_bg "$glog" ./mvnw -Pbench gatling:test -Dspotless.check.skip=true -Dgatling.failOnError=false \
        "-Dbench.baseUrl=$BASE_URL" "-Dbench.token=$TOKEN" "-Dbench.users=$n" \
        "-Dbench.warmup=$WARMUP" "-Dbench.duration=$DURATION" "-Dbench.maxRate=$MAX_RATE"
    gpid=$BG_PID
    wait "$gpid" || true
    grep -q 'create return: count of all events' "$glog" || die "Gatling did not finish, see $glog"
    grep -q 'BENCH WARNING' "$glog" && log "  WARNING: the prepared orders ran out; raise BENCH_MAX_RATE"
    returns_after=$(sql 'select count(*) from return_request')
    read -r commits_after rows_after < <(db_counters | tr '|' ' ')
    cpu_after=$(cpu_ticks "$APP_PID")
    other_gatling=$(other_cpu_percent "$snap_before" "$(cpu_snapshot)")
    created=$((returns_after - returns_before))
    count=$(actual 'count of all events' "$glog")
    errors=$(actual 'count of failed events' "$glog")
    window=$(grep -oP 'BENCH measured window \K[0-9]+' "$glog")
    rps=$(awk -v c="$count" -v e="$errors" -v w="$window" 'BEGIN { printf "%.1f", (c - e) * 1000 / w }')
    per_commit=$(awk -v a="$((commits_after - commits_before))" -v r="$created" 'BEGIN { printf "%.1f", r ? a / r : 0 }')
    per_rows=$(awk -v a="$((rows_after - rows_before))" -v r="$created" 'BEGIN { printf "%.1f", r ? a / r : 0 }')
    per_cpu=$(awk -v t="$((cpu_after - cpu_before))" -v hz="$(getconf CLK_TCK)" -v r="$created" \
        'BEGIN { printf "%.1f", r ? 1000 * t / hz / r : 0 }')
    p50=$(actual '50th percentile' "$glog")
    p95=$(actual '95th percentile' "$glog")
    p99=$(actual '99th percentile' "$glog")
    max=$(actual 'max of response time' "$glog")
    mean=$(actual 'mean of response time' "$glog")
    log "  $rps returns/s, p50 ${p50} ms, p95 ${p95} ms, p99 ${p99} ms, max ${max} ms, errors ${errors}"

    log "pgbench -c $n -j $((n < 2 ? n : 2)) -T $DURATION (TPC-B, scale $PGBENCH_SCALE)"
    snap_before=$(cpu_snapshot)
    pgbench -c "$n" -j $((n < 2 ? n : 2)) -T "$DURATION" "$PGBENCH_DB" >"$RUN_DIR/pgbench-$n.log" 2>&1 ||
        die "pgbench failed, see $RUN_DIR/pgbench-$n.log"
    tps=$(grep -oP '^tps = \K[0-9.]+' "$RUN_DIR/pgbench-$n.log" | head -1)
    pg_latency=$(grep -oP '^latency average = \K[0-9.]+' "$RUN_DIR/pgbench-$n.log" | head -1)
    other_pgbench=$(other_cpu_percent "$snap_before" "$(cpu_snapshot)")
    log "  $tps tps, latency average $pg_latency ms; other work took ${other_gatling} % of the CPU during Gatling," \
        "${other_pgbench} % during pgbench"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$rps" "${p50%.0}" \
        "${p95%.0}" "${p99%.0}" "${max%.0}" "${mean%.0}" "${errors%.0}" "${count%.0}" "$window" "$tps" "$pg_latency" \
        "$per_commit" "$per_rows" "$per_cpu" "$other_gatling" "$other_pgbench" >>"$RESULTS"
done

if [[ $PROFILE == 1 ]]; then
    stop_group "$APP_PID" # the profiler writes its flame graph as the JVM exits
    mkdir -p docs/profiles
    kept=docs/profiles/return-creation-$(date -u +%Y-%m-%d)-${USERS_LIST// /-}-clients.html
    [[ -s $FLAME ]] && cp "$FLAME" "$kept" && log "flame graph: $kept" || log "no flame graph was written"
fi

# ---------------------------------------------------------------- summary and docs/benchmarks.md
APP_PG_VERSION=$(psql -d postgres -Atqc 'show server_version')
JAVA_VERSION=$(java -version 2>&1 | head -1 | sed -E 's/.*"(.*)".*/\1/')
GATLING_VERSION=$(grep -oP '<gatling.version>\K[^<]+' pom.xml)
PLUGIN_VERSION=$(grep -oP '<gatling-maven-plugin.version>\K[^<]+' pom.xml)
CPU=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
DIRTY=""
if [[ -n $(git status --porcelain -- . ':!docs/benchmarks.md' 2>/dev/null) ]]; then
    DIRTY=" with uncommitted changes"
fi
WHEN=$(date -u '+%Y-%m-%d %H:%M UTC')

# the largest share of the CPU that other work took in any part of the run
OTHER_MAX=$(printf '%s\n' "$OTHER_EMB" "$OTHER_CDS" "$OTHER_MVN" "$OTHER_APP" \
    $(tail -n +2 "$RESULTS" | cut -f16,17 | tr '\t' '\n') | awk 'NF && $1 > m { m = $1 } END { print m + 0 }')
if ((OTHER_MAX >= 10)); then
    QUIET="**Other work was running:** up to $OTHER_MAX % of the CPU went to processes outside this run during a part"
    QUIET+=" of it (see the shares below), so these figures are lower than a quiet machine gives; re-take them with"
    QUIET+=" \`bench/run.sh\` on a quiet machine."
else
    QUIET="The machine was quiet: at most $OTHER_MAX % of the CPU went to processes outside this run in any part of it."
fi

verdict() { awk -v a="$1" -v b="$2" 'BEGIN { print (a + 0 <= b + 0) ? "met" : "missed" }'; }
ms_s() { awk -v m="$1" 'BEGIN { printf "%.1f s", m / 1000 }'; }

results_md=$RUN_DIR/results.md
{
    echo "Run of $WHEN, commit \`$COMMIT\`$DIRTY, $(nproc) cores ($CPU), $(free -g | awk '/^Mem:/ {print $2}') GiB;"
    echo "Java $JAVA_VERSION, PostgreSQL $APP_PG_VERSION (the machine's server, default configuration, for both),"
    echo "Gatling $GATLING_VERSION (gatling-maven-plugin $PLUGIN_VERSION), $(pgbench --version | sed 's/ (PostgreSQL)//')."
    echo "Warm-up ${WARMUP} s, measured ${DURATION} s per client count; pgbench scale $PGBENCH_SCALE."
    echo "Load average before the run: $LOAD_BEFORE; after: $LOAD_AFTER."
    echo
    echo "$QUIET"
    [[ -n $NOTE ]] && echo && echo "**Note:** $NOTE"
    echo
    echo "Returns/s: error-free responses in the measured phase divided by its length (first request sent to last"
    echo "response received); latencies as Gatling computes them for its assertions."
    echo
    echo "| clients | returns/s | p50 ms | p95 ms | p99 ms | max ms | errors | pgbench tps | ratio | p99 ≤ 50 ms | ratio ≥ 40 % |"
    echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---:|:---:|"
    tail -n +2 "$RESULTS" | while IFS=$'\t' read -r n rps p50 p95 p99 max mean errors count window tps pgl pc pr cpu lg lp; do
        ratio=$(awk -v r="$rps" -v t="$tps" 'BEGIN { printf "%.1f", 100 * r / t }')
        ok_ratio=$(awk -v r="$ratio" 'BEGIN { print (r >= 40) ? "met" : "missed" }')
        printf '| %s | %s | %s | %s | %s | %s | %s | %.0f | %s %% | %s | %s |\n' "$n" "$rps" "$p50" "$p95" "$p99" \
            "$max" "$errors" "$tps" "$ratio" "$(verdict "$p99" 50)" "$ok_ratio"
    done
    echo
    echo "Per client count: what one return cost (over the whole Gatling run, warm-up included; commits and rows"
    echo "written from pg_stat_database, CPU of the application's JVM from /proc), pgbench's average latency, and the"
    echo "share of the 2 cores that other work on the machine took meanwhile (busy time in /proc/stat less this run's"
    echo "processes and the PostgreSQL server's):"
    echo
    tail -n +2 "$RESULTS" | while IFS=$'\t' read -r n rps p50 p95 p99 max mean errors count window tps pgl pc pr cpu lg lp; do
        echo "- $n clients: $pc commits, $pr rows written, $cpu ms application CPU per return;" \
            "pgbench latency average $pgl ms; other work: $lg % of the CPU during Gatling, $lp % during pgbench."
    done
    # best sustained: the highest rate among error-free runs that meet p99; failing that, the highest rate
    best=$(tail -n +2 "$RESULTS" | awk -F'\t' '$8 == 0 && $5 <= 50' | sort -t$'\t' -k2,2gr | head -1)
    [[ -n $best ]] || best=$(tail -n +2 "$RESULTS" | sort -t$'\t' -k2,2gr | head -1)
    IFS=$'\t' read -r n rps p50 p95 p99 max mean errors count window tps pgl pc pr cpu lg lp <<<"$best"
    ratio=$(awk -v r="$rps" -v t="$tps" 'BEGIN { printf "%.1f", 100 * r / t }')
    echo
    echo "Best sustained: **$rps returns/s at $n clients, p99 $p99 ms, $errors errors**, against pgbench's $(printf '%.0f' "$tps") tps"
    echo "at $n clients: **$ratio %** (target ≥ 40 %: $(awk -v r="$ratio" 'BEGIN { print (r >= 40) ? "met" : "missed" }');"
    echo "p99 target ≤ 50 ms: $(verdict "$p99" 50))."
} >"$results_md"

startup_md=$RUN_DIR/startup.md
{
    echo "Run of $WHEN, commit \`$COMMIT\`$DIRTY, same machine and run as above. Time from launching the command to the"
    echo "first HTTP 200 (polled every 50 ms with curl), JVM start included. Last column: the share of the 2 cores that"
    echo "other work on the machine took meanwhile."
    echo
    echo "$QUIET"
    [[ -n $NOTE ]] && echo && echo "**Note:** $NOTE"
    echo
    echo "| command | database | first 200 of | time | target ≤ 10 s | other work |"
    echo "|---|---|---|---:|:---:|---:|"
    if [[ -n $EMB_ROOT_MS ]]; then
        echo "| \`java -jar target/*.jar\` | embedded (started by the application) | \`/\` | $(ms_s "$EMB_ROOT_MS") | $(verdict "$EMB_ROOT_MS" 10000) | $OTHER_EMB % |"
        echo "| \`java -jar target/*.jar\` | embedded | \`/console\` (login page) | $(ms_s "$EMB_CONSOLE_MS") | $(verdict "$EMB_CONSOLE_MS" 10000) | $OTHER_EMB % |"
        echo "| \`java -jar target/*.jar\` | embedded | ready: \`/\` served and demo users exist | $(ms_s "$EMB_READY_MS") | $(verdict "$EMB_READY_MS" 10000) | $OTHER_EMB % |"
        echo "| \`java -XX:SharedArchiveFile=… -jar target/app/retrogistics.jar\` (bin/cds.sh) | embedded | \`/\` | $(ms_s "$CDS_ROOT_MS") | $(verdict "$CDS_ROOT_MS" 10000) | $OTHER_CDS % |"
        echo "| the same, with class data sharing | embedded | ready: \`/\` served and demo users exist | $(ms_s "$CDS_READY_MS") | $(verdict "$CDS_READY_MS" 10000) | $OTHER_CDS % |"
    fi
    [[ -n $MVN_ROOT_MS ]] &&
        echo "| \`./mvnw spring-boot:run\` (built tree) | embedded | \`/\` | $(ms_s "$MVN_ROOT_MS") | $(verdict "$MVN_ROOT_MS" 10000) | $OTHER_MVN % |"
    echo "| \`java -jar target/*.jar --spring.datasource.url=…\` | the machine's server, empty database | \`/\` | $(ms_s "$APP_ROOT_MS") | $(verdict "$APP_ROOT_MS" 10000) | $OTHER_APP % |"
} >"$startup_md"

echo
echo "================ Return creation over HTTP vs pgbench ================"
cat "$results_md"
echo
echo "================ Start-up to first page ================"
cat "$startup_md"
echo
echo "Logs: ${RUN_DIR#"$ROOT"/}; Gatling's HTML reports: target/gatling/"

replace_block() { # file marker content_file
    local file=$1 marker=$2 content=$3
    if grep -q "<!-- $marker:begin -->" "$file"; then
        awk -v b="<!-- $marker:begin -->" -v e="<!-- $marker:end -->" -v f="$content" '
            $0 == b { print; while ((getline line < f) > 0) print line; skip = 1; next }
            $0 == e { skip = 0 }
            !skip { print }' "$file" >"$file.tmp" && mv "$file.tmp" "$file"
    else
        { echo; echo "<!-- $marker:begin -->"; cat "$content"; echo "<!-- $marker:end -->"; } >>"$file"
    fi
}
if [[ $UPDATE_DOCS == 1 ]]; then
    [[ -f docs/benchmarks.md ]] || { mkdir -p docs && echo "# Benchmarks" >docs/benchmarks.md; }
    replace_block docs/benchmarks.md bench:results "$results_md"
    replace_block docs/benchmarks.md bench:startup "$startup_md"
    log "docs/benchmarks.md updated"
fi

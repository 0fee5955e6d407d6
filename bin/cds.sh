#!/usr/bin/env bash
# Class data sharing (AppCDS) for the packaged jar: a faster start of `java -jar` (docs/benchmarks.md).
#
#   ./mvnw -DskipTests package && bin/cds.sh
#   java -XX:SharedArchiveFile=target/app/retrogistics.jsa -jar target/app/retrogistics.jar
#
# 1. extracts target/retrogistics-*.jar into target/app (the application jar plus lib/, the layout CDS needs),
# 2. starts it once up to the end of the context refresh (`spring.context.exit=onRefresh`: the embedded PostgreSQL
#    starts, migrations run, nothing is seeded, nothing listens) and records every class it loaded in
#    target/app/retrogistics.jsa.
# The archive belongs to this build and this JVM: rebuild it after each package. A JVM that cannot use it (another
# version) says so and starts without it. Extra arguments are passed to the training start, for example a
# --spring.datasource.url=… to train against a server instead of the embedded database.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

jar=$(ls target/retrogistics-*.jar 2>/dev/null | grep -v -- '-sources\|-javadoc' | head -1 || true)
[[ -n $jar ]] || { echo "no target/retrogistics-*.jar: run ./mvnw -DskipTests package first" >&2; exit 1; }

rm -rf target/app
java -Djarmode=tools -jar "$jar" extract --destination target/app >/dev/null
mv "target/app/$(basename "$jar")" target/app/retrogistics.jar

echo "training start of target/app/retrogistics.jar (up to the context refresh)..."
started=$(date +%s)
java -XX:ArchiveClassesAtExit=target/app/retrogistics.jsa -Xlog:cds=off -Xlog:cds+dynamic=off \
    -Dspring.context.exit=onRefresh -jar target/app/retrogistics.jar \
    --server.port=0 --retrogistics.demo.seed=never "$@" >target/app/training.log 2>&1 ||
    { echo "the training start failed, see target/app/training.log" >&2; exit 1; }
[[ -s target/app/retrogistics.jsa ]] || { echo "no archive written, see target/app/training.log" >&2; exit 1; }
echo "archive target/app/retrogistics.jsa ($(du -m target/app/retrogistics.jsa | cut -f1) MB) in $(($(date +%s) - started)) s"
echo "start with: java -XX:SharedArchiveFile=target/app/retrogistics.jsa -jar target/app/retrogistics.jar"

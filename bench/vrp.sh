#!/usr/bin/env bash
# Route planner quality benchmark: our planner and jsprit side by side (one thread each, same time budget) on a
# published instance set, both checked by the independent feasibility checker; writes the set's table into
# docs/benchmarks-vrp.md (only that set's section is replaced).
#
#   bench/vrp.sh --set A                      # A, B, P: 10 s per instance; SOLOMON: 30 s; X: 60 s, <=400 customers
#   bench/vrp.sh --set X --every 4            # a representative quarter of X<=400
#   bench/vrp.sh --set B --budget 2 --filter 'B-n3'   # a quick run
#   options: --set A|B|P|X|SOLOMON  --budget seconds  --filter regex  --max-n customers  --every k  --no-jsprit
#            --seed n  --out file.  Environment: VRP_DATA (data folder, default ../shared/data/vrp),
#            VRP_JAVA_OPTS (extra JVM options)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -Pvrp-bench test-compile
cp_file=target/vrp-bench.classpath
./mvnw -q -Pvrp-bench dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
# jsprit logs every iteration at DEBUG; logging that much would slow it down and make the comparison unfair
cat > target/vrp-bench-logback.xml <<'XML'
<configuration><root level="WARN"/></configuration>
XML
exec java ${VRP_JAVA_OPTS:-} -Xms1g -Xmx2g -Dvrp.data="${VRP_DATA:-../shared/data/vrp}" \
  -Dlogback.configurationFile=target/vrp-bench-logback.xml \
  -cp "target/test-classes:target/classes:$(cat "$cp_file")" \
  org.retrogistics.transport.planning.VrpBenchmark "$@"

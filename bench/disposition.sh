#!/usr/bin/env bash
# Disposition decisions per second in process (JMH), single thread; see docs/benchmarks.md, "Disposition engine".
#
#   bench/disposition.sh                 # -wi 3 -i 5 -f 1 -t 1 by default
#   bench/disposition.sh -wi 5 -i 10     # any JMH options instead
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./mvnw -q test-compile && java -cp "target/test-classes:target/classes:$(./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)" org.openjdk.jmh.Main DispositionBenchmark ${@:--wi 3 -w 2s -i 5 -r 3s -f 1 -t 1}

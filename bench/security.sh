#!/usr/bin/env bash
# Security figures for docs/security.md ("Measured"), on loopback only, bounded (a few minutes, nothing left behind):
#
#   bench/security.sh
#
# Runs three test classes against the real application on a random loopback port and the embedded (or, with
# -Dspring.datasource.url, a server) PostgreSQL, with the default limits:
#   AuthorizationMatrixIT  every API operation as every role and anonymously, another client's administrator on one
#                          client's records, another shopper's token on this shopper's records
#   TokenRevocationIT      time until another instance refuses a revoked token
#   SecurityBenchmark      lookups without the right e-mail, sign-in attempts before throttling, revoke to refusal here
# and prints their figures with the load average before and after. Measure on a quiet machine (load below 1.0).
set -Eeuo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

OUT=target/security-bench
mkdir -p "$OUT"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
./mvnw -B --no-transfer-progress verify \
    -Dit.test='AuthorizationMatrixIT,TokenRevocationIT,SecurityBenchmark' -Dtest=NoSuchTest \
    -Dsurefire.failIfNoSpecifiedTests=false -Dspotless.check.skip=true >"$OUT/run.log" 2>&1 || {
    echo "the run failed; see $OUT/run.log" >&2
    grep -E "Tests run:|FAIL" "$OUT/run.log" | tail -5 >&2
    exit 1
}
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
echo "commit $(git rev-parse --short HEAD), $(date -u +%Y-%m-%dT%H:%MZ), load average before: $load_before, after: $load_after"
grep -h -E "^(authorization matrix|security:|REVOKE)" "$OUT/run.log" | sed 's/^/  /'

/** Load tests run with Gatling in the {@code bench} Maven profile (see docs/benchmarks.md); not part of the build. */
package org.retrogistics.bench;

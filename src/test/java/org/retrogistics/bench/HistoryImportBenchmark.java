package org.retrogistics.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.testing.ApiTestSupport;
import tools.jackson.databind.JsonNode;

/**
 * The history import of the whole UCI Online Retail data set (541,909 lines), over HTTP, for docs/benchmarks.md (not
 * part of the test run; the file is not in the repository):
 *
 * <pre>
 * ./mvnw -B verify -Dit.test=HistoryImportBenchmark -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \
 *   -Dbench.history.file=../shared/data/online-retail/online-retail-2010-12-to-2011-12.csv.gz
 * </pre>
 *
 * Unzips the file to disk, uploads it as one streamed request body, and reports the time from the first byte sent to
 * DONE and the heap's peak use, checking the data set's published figures: 25,900 invoices, 3,836 cancellations,
 * 7,508 of 8,539 product return lines with a customer matched (87.9%), median 9.36 days to return (derived with the
 * same Python script as HistoryImportIT's figures). Results go to target/bench/history.md.
 */
class HistoryImportBenchmark extends ApiTestSupport {

    @Test
    void theWholeDataSet() throws Exception {
        Path source = Path.of(System.getProperty(
                "bench.history.file", "../shared/data/online-retail/online-retail-2010-12-to-2011-12.csv.gz"));
        Path csv = Files.createTempFile("online-retail", ".csv");
        try (InputStream in = source.toString().endsWith(".gz")
                ? new GZIPInputStream(Files.newInputStream(source))
                : Files.newInputStream(source)) {
            Files.copy(in, csv, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        Tenant t = newTenant();
        String manager = t.token(Role.MANAGER);
        long start = System.nanoTime();
        Res r = send(
                HttpRequest.newBuilder(uri("/api/history/imports?fileName=online-retail.csv"))
                        .header("Content-Type", "text/csv")
                        .timeout(Duration.ofMinutes(10))
                        .POST(HttpRequest.BodyPublishers.ofFile(csv)),
                manager);
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        String id = r.json().path("id").asString();
        await().atMost(Duration.ofMinutes(30))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> !"RUNNING"
                        .equals(get("/api/history/imports/" + id, manager)
                                .json()
                                .path("status")
                                .asString()));
        double seconds = (System.nanoTime() - start) / 1e9;
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();

        JsonNode f = get("/api/history/figures", manager).json();
        assertThat(f.path("invoices").asLong()).isEqualTo(25_900);
        assertThat(f.path("cancellations").asLong()).isEqualTo(3_836);
        assertThat(f.path("returnLinesWithCustomer").asLong()).isEqualTo(8_539);
        assertThat(f.path("matched").asLong()).isEqualTo(7_508);
        assertThat(f.path("medianDaysToReturn").decimalValue().doubleValue()).isCloseTo(9.3576, within());

        String report = String.format(
                "# History import benchmark%n%n| lines | file bytes | seconds | lines/s | peak heap (MiB) |%n"
                        + "|---|---|---|---|---|%n| %d | %d | %.1f | %.0f | %d |%n",
                541_909, Files.size(csv), seconds, 541_909 / seconds, peakHeap >> 20);
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/history.md"), report);
        System.out.print(report);
        Files.deleteIfExists(csv);
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(0.001);
    }
}

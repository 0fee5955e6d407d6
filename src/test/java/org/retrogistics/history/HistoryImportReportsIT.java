package org.retrogistics.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.testing.ApiTestSupport;

/**
 * What a person gets back from an import: the per-line error report, the progress as server-sent events; and what
 * another client gets: nothing (its jobs, reports, events and figures are its own).
 */
class HistoryImportReportsIT extends ApiTestSupport {

    private static final String HEADER =
            "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country";

    private Path csv(String... lines) throws IOException {
        Path f = Files.createTempFile("history", ".csv");
        Files.write(f, List.of(lines));
        return f;
    }

    private Res upload(String token, Path file) throws IOException {
        return send(
                HttpRequest.newBuilder(uri("/api/history/imports?fileName=small.csv"))
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofFile(file)),
                token);
    }

    private String importDone(String token, Path file) throws IOException {
        Res r = upload(token, file);
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        String id = r.json().path("id").asString();
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> !"RUNNING"
                        .equals(get("/api/history/imports/" + id, token)
                                .json()
                                .path("status")
                                .asString()));
        return id;
    }

    private Path withErrors() throws IOException {
        return csv(
                HEADER,
                "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01 08:26:00,2.55,17850.0,United Kingdom",
                "536365,71053,WHITE METAL LANTERN,six,2010-12-01 08:26:00,3.39,17850.0,United Kingdom",
                "536366,22633,\"HAND WARMER, UNION JACK\",6,2010-12-01 08:28:00,1.85,17850.0,United Kingdom",
                "536367,84879,ASSORTED COLOUR BIRD ORNAMENT,32,01/12/2010,1.69,13047.0,United Kingdom",
                "C536368,84879,ASSORTED COLOUR BIRD ORNAMENT,-2,2010-12-03 10:00:00,1.69,13047.0,United Kingdom",
                "536369,POST,POSTAGE,1,2010-12-01 08:45:00,18.0,12583.0,France",
                "536370,22632");
    }

    @Test
    void eachUnreadableLineIsInTheErrorReportWithItsLineNumberAndReason() throws IOException {
        Tenant t = newTenant();
        String manager = t.token(Role.MANAGER);
        String id = importDone(manager, withErrors());
        var job = get("/api/history/imports/" + id, manager).json();
        assertThat(job.path("status").asString()).isEqualTo("DONE");
        assertThat(job.path("accepted").asLong()).isEqualTo(4);
        assertThat(job.path("rejected").asLong()).isEqualTo(3);

        Res report = get("/api/history/imports/" + id + "/errors", manager);
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.contentType()).startsWith("text/csv");
        assertThat(report.body().lines().toList())
                .containsExactly(
                        "line,reason",
                        "3,Quantity is not a whole number: six",
                        "5,InvoiceDate is not yyyy-MM-dd HH:mm:ss: 01/12/2010",
                        "8,\"expected 8 columns, found 2\"");
        // the return found no purchase of its customer before it: unmatched, but imported
        assertThat(count(
                        "select count(*) from history_line where client_id = ? and kind = 'RETURN' and purchase_invoice is null",
                        t.id().value()))
                .isEqualTo(1);
        assertThat(count("select count(*) from history_line where client_id = ? and kind = 'FEE'", t.id().value()))
                .isEqualTo(1);
    }

    @Test
    void theProgressStreamsAsServerSentEventsEndingWithDone() throws IOException {
        Tenant t = newTenant();
        String manager = t.token(Role.MANAGER);
        String id = importDone(manager, withErrors());
        Res events = send(
                HttpRequest.newBuilder(uri("/api/history/imports/" + id + "/events"))
                        .header("Accept", "text/event-stream")
                        .GET(),
                manager);
        assertThat(events.status()).isEqualTo(200);
        assertThat(events.contentType()).startsWith("text/event-stream");
        assertThat(events.body()).contains("event:progress", "event:done", "\"status\":\"DONE\"", "\"percent\":100");
    }

    @Test
    void anotherClientNeitherSeesNorResumesNorFollowsTheImport() throws IOException {
        Tenant a = newTenant();
        Tenant b = newTenant();
        String id = importDone(a.token(Role.MANAGER), withErrors());
        String other = b.admin();
        for (String path : List.of("", "/errors", "/events")) {
            Res r = get("/api/history/imports/" + id + path, other);
            assertThat(r.status()).as(path + " " + r.body()).isEqualTo(404);
        }
        assertThat(post("/api/history/imports/" + id + "/resume", other, "{}").status())
                .isEqualTo(404);
        assertThat(get("/api/history/imports", other).json()).isEmpty();
        assertThat(get("/api/history/figures", other).json().path("invoices").asLong())
                .isZero();
        // the same file is B's own import, not A's job
        String own = importDone(other, withErrors());
        assertThat(own).isNotEqualTo(id);
        // staff below manager do not import
        assertThat(upload(a.token(Role.AGENT), withErrors()).status()).isEqualTo(403);
    }
}

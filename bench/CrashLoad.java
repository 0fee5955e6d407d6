import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load of bench/crash.sh: clients that each place orders, return them and refund the returns, every POST with an
 * Idempotency-Key, writing a journal of what was sent and what was acknowledged. Run with {@code java
 * bench/CrashLoad.java MODE BASE_URL DIR ...}; only loopback addresses are accepted. BASE_URL may list several
 * instances, comma-separated: requests then go to each in turn.
 *
 * <ul>
 *   <li>{@code setup BASE DIR ADMIN_USER ADMIN_PASSWORD CLIENTS}: a product, the return policy and one agent token per
 *       client (DIR/tokens).
 *   <li>{@code load BASE DIR OPS SECONDS}: each client runs up to OPS operations (order, return, refund) for at most
 *       SECONDS; a client stops at its first failed request (the server was killed).
 *   <li>{@code retry BASE DIR}: every request sent without an answer is sent again with its key and body, and every
 *       operation is carried to its end; then each acknowledged effect is looked up. Prints the figures.
 * </ul>
 */
public class CrashLoad {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private static final String SKU = "CRASH-KETTLE-1";
    private static final java.util.concurrent.atomic.AtomicInteger TURN = new java.util.concurrent.atomic.AtomicInteger();
    private static final Pattern LOCATION_ID = Pattern.compile("/api/returns/([0-9a-f-]{36})");

    public static void main(String[] args) throws Exception {
        String base = args[1];
        for (String one : base.split(",")) {
            if (!one.matches("http://(127\\.0\\.0\\.1|localhost|\\[::1\\]):\\d+")) {
                throw new IllegalArgumentException("loopback only: " + one);
            }
        }
        switch (args[0]) {
            case "setup" -> setup(base, args[2], args[3], args[4], Integer.parseInt(args[5]));
            case "load" -> load(base, Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            case "retry" -> retry(base, Path.of(args[2]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    static void setup(String base, String dir, String user, String password, int clients) throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        expect(201, send(base, "/api/products", basic, null, """
                {"sku": "%s", "name": "Crash-test kettle", "category": "kitchen", "weightGrams": 900,
                 "unitValue": 40.00, "currency": "USD", "returnable": true, "warrantyMonths": 12}"""
                .formatted(SKU)));
        expect(201, send(base, "/api/return-policy", basic, null, """
                {"windowDays": 30, "shipWithinDays": 14, "restockingFeePercent": 0.00,
                 "offeredResolutions": ["REFUND", "EXCHANGE", "STORE_CREDIT"], "moneyMoves": "AFTER_INSPECTION",
                 "reviewAboveAmount": 100000.00, "allowWithoutOrder": false}"""));
        List<String> tokens = new ArrayList<>();
        for (int c = 1; c <= clients; c++) {
            HttpResponse<String> r = send(base, "/api/tokens", basic, null, """
                    {"name": "crash-client-%d", "roles": ["AGENT"]}""".formatted(c));
            expect(201, r);
            Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"(rtg_[^\"]+)\"").matcher(r.body());
            if (!m.find()) {
                throw new IllegalStateException("no token in " + r.body());
            }
            tokens.add(m.group(1));
        }
        Files.write(Path.of(dir, "tokens"), tokens);
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** One step of an operation: its key and body follow from the operation, so a retry sends exactly the same. */
    record Step(String op, String name, String path, String key, String body) {}

    static Step order(String op) {
        String delivered = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        return new Step(op, "order", "/api/orders", op + "-order", """
                {"orderNumber": "%s", "customerEmail": "crash@example.com", "orderedAt": "%s", "deliveredAt": "%s",
                 "currency": "USD", "lines": [{"sku": "%s", "quantity": 2, "unitPrice": 40.00}]}"""
                .formatted(op, delivered, delivered, SKU));
    }

    static Step returnOf(String op) {
        return new Step(op, "return", "/api/returns", op + "-return", """
                {"customerEmail": "crash@example.com", "lines": [{"orderNumber": "%s", "lineNo": 1, "quantity": 1,
                 "reason": "CHANGED_MIND", "resolution": "REFUND"}]}""".formatted(op));
    }

    static Step refund(String op, String returnId) {
        return new Step(op, "refund", "/api/returns/" + returnId + "/resolutions", op + "-refund", """
                {"lineNo": 1, "kind": "REFUND", "quantity": 1}""");
    }

    static void load(String base, Path dir, int ops, int seconds) throws Exception {
        List<String> tokens = Files.readAllLines(dir.resolve("tokens"));
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        try (PrintWriter journal = new PrintWriter(Files.newBufferedWriter(dir.resolve("journal")), true)) {
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < tokens.size(); c++) {
                int client = c + 1;
                String bearer = "Bearer " + tokens.get(c);
                Thread t = new Thread(() -> {
                    for (int n = 1; n <= ops && System.nanoTime() < deadline; n++) {
                        String op = "CR-" + client + "-" + n;
                        synchronized (journal) {
                            journal.println("OP " + op + " " + client);
                        }
                        if (!runOp(base, bearer, op, journal, null)) {
                            return; // the server is gone: this client stops, its last request is unanswered
                        }
                    }
                });
                t.start();
                clients.add(t);
            }
            for (Thread t : clients) {
                t.join();
            }
        }
    }

    /** Runs an operation's steps from the first one not yet acknowledged; false at the first request that failed. */
    static boolean runOp(String base, String bearer, String op, PrintWriter journal, OpState state) {
        String returnId = state == null ? null : state.returnId;
        List<String> done = state == null ? List.of() : state.acked;
        for (String name : List.of("order", "return", "refund")) {
            if (done.contains(name)) {
                continue;
            }
            Step step = switch (name) {
                case "order" -> state != null && state.orderBody != null
                        ? new Step(op, "order", "/api/orders", op + "-order", state.orderBody)
                        : order(op);
                case "return" -> returnOf(op);
                default -> refund(op, returnId);
            };
            if (name.equals("order") && state == null) {
                synchronized (journal) {
                    journal.println("BODY " + op + " " + step.body().replace('\n', ' '));
                }
            }
            synchronized (journal) {
                journal.println("SENT " + op + " " + name);
            }
            HttpResponse<String> r;
            try {
                r = send(base, step.path(), bearer, step.key(), step.body());
            } catch (RuntimeException e) {
                synchronized (journal) {
                    journal.println("FAIL " + op + " " + name + " " + e.getClass().getSimpleName());
                }
                return false;
            }
            String id = "-";
            if (name.equals("return")) {
                Matcher m = LOCATION_ID.matcher(r.headers().firstValue("Location").orElse(""));
                id = m.find() ? m.group(1) : "-";
                returnId = id;
            }
            String replayed = r.headers().firstValue("Idempotency-Replayed").orElse("false");
            synchronized (journal) {
                journal.println("ACK " + op + " " + name + " " + r.statusCode() + " " + id + " " + replayed);
            }
            if (r.statusCode() / 100 != 2) {
                // under load a refusal is recorded and the client goes on; in the retry it is tried again
                return state == null;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------------------------------------------------------

    static final class OpState {
        final String op;
        int client;
        String orderBody;
        String returnId;
        final List<String> acked = new ArrayList<>();
        final List<String> unanswered = new ArrayList<>();
        final List<String> refused = new ArrayList<>();

        OpState(String op) {
            this.op = op;
        }
    }

    static void retry(String base, Path dir) throws Exception {
        List<String> tokens = Files.readAllLines(dir.resolve("tokens"));
        Map<String, OpState> ops = new LinkedHashMap<>();
        for (String line : Files.readAllLines(dir.resolve("journal"))) {
            String[] f = line.split(" ", 4);
            switch (f[0]) {
                case "OP" -> ops.computeIfAbsent(f[1], OpState::new).client = Integer.parseInt(f[2]);
                case "BODY" -> ops.get(f[1]).orderBody = line.substring(("BODY " + f[1] + " ").length());
                case "SENT" -> ops.get(f[1]).unanswered.add(f[2]);
                case "FAIL" -> { /* stays unanswered */ }
                case "ACK" -> {
                    OpState s = ops.get(f[1]);
                    String[] rest = f[3].split(" ");
                    s.unanswered.remove(f[2]);
                    if (rest[0].startsWith("2")) {
                        s.acked.add(f[2]);
                        if (f[2].equals("return")) {
                            s.returnId = rest[1];
                        }
                    } else {
                        s.refused.add(f[2] + ":" + rest[0]);
                    }
                }
                default -> throw new IllegalStateException(line);
            }
        }
        int unanswered = 0;
        for (OpState s : ops.values()) {
            unanswered += s.unanswered.size();
        }
        // after the restart: every unanswered request again, with its key; then the rest of its operation
        int replayed = 0;
        int ranAgain = 0;
        int incomplete = 0;
        Path retryJournal = dir.resolve("journal-retry");
        try (PrintWriter journal = new PrintWriter(Files.newBufferedWriter(retryJournal), true)) {
            for (OpState s : ops.values()) {
                if (s.acked.size() == 3 || !s.refused.isEmpty()) {
                    continue;
                }
                String bearer = "Bearer " + tokens.get(s.client - 1);
                boolean done = false;
                for (int attempt = 0; attempt < 10 && !done; attempt++) {
                    done = runOp(base, bearer, s.op, journal, s);
                    if (!done) {
                        absorb(s, retryJournal);
                        Thread.sleep(500);
                    }
                }
                absorb(s, retryJournal);
                if (s.acked.size() < 3) {
                    incomplete++;
                }
            }
        }
        for (String line : Files.readAllLines(retryJournal)) {
            String[] f = line.split(" ");
            if (f[0].equals("ACK") && f[3].startsWith("2")) {
                if (f[5].equals("true")) {
                    replayed++;
                } else {
                    ranAgain++;
                }
            }
        }
        // every acknowledged effect must be there: the return, and one refund on it
        int lost = 0;
        int complete = 0;
        String anyToken = "Bearer " + tokens.get(0);
        for (OpState s : ops.values()) {
            if (!s.acked.contains("return")) {
                continue;
            }
            HttpResponse<String> r = send(base, "/api/returns/" + s.returnId, anyToken, null, null);
            HttpResponse<String> res = send(base, "/api/returns/" + s.returnId + "/resolutions", anyToken, null, null);
            boolean refunded = res.statusCode() == 200 && res.body().contains("\"REFUND\"");
            if (r.statusCode() != 200 || (s.acked.contains("refund") && !refunded)) {
                lost++;
            } else if (s.acked.size() == 3) {
                complete++;
            }
        }
        // acknowledged before the kill, sent again after the restart: answered from the key, nothing done again
        int resent = 0;
        int resentReplayed = 0;
        for (OpState s : ops.values()) {
            if (s.acked.size() == 3 && resent < 2 * tokens.size()) {
                HttpResponse<String> r = send(
                        base, "/api/returns", "Bearer " + tokens.get(s.client - 1), s.op + "-return", returnOf(s.op).body());
                resent++;
                Matcher m = LOCATION_ID.matcher(r.headers().firstValue("Location").orElse(""));
                if (r.statusCode() == 201
                        && r.headers().firstValue("Idempotency-Replayed").orElse("").equals("true")
                        && m.find()
                        && m.group(1).equals(s.returnId)) {
                    resentReplayed++;
                }
            }
        }
        System.out.printf(
                "operations=%d complete=%d unanswered_at_kill=%d retried_replayed=%d retried_ran=%d incomplete=%d"
                        + " lost=%d refused_under_load=%d acked_resent=%d acked_resent_replayed=%d%n",
                ops.size(),
                complete,
                unanswered,
                replayed,
                ranAgain,
                incomplete,
                lost,
                ops.values().stream().mapToInt(s -> s.refused.size()).sum(),
                resent,
                resentReplayed);
    }

    /** Takes what the retry journal says about this operation into its state. */
    private static void absorb(OpState s, Path retryJournal) throws IOException {
        for (String line : Files.readAllLines(retryJournal)) {
            String[] f = line.split(" ");
            if (f[0].equals("ACK") && f[1].equals(s.op) && f[3].startsWith("2") && !s.acked.contains(f[2])) {
                s.acked.add(f[2]);
                if (f[2].equals("return")) {
                    s.returnId = f[4];
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** Each request goes to the next of the comma-separated addresses, as behind a round-robin balancer. */
    static HttpResponse<String> send(String base, String path, String auth, String key, String body) {
        String[] bases = base.split(",");
        String to = bases[Math.floorMod(TURN.getAndIncrement(), bases.length)];
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(to + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", auth);
        if (body == null) {
            b.GET();
        } else {
            b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        }
        if (key != null) {
            b.header("Idempotency-Key", key);
        }
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void expect(int status, HttpResponse<String> r) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(r.uri() + " answered " + r.statusCode() + ": " + r.body());
        }
    }
}

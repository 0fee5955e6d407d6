package org.retrogistics.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.retrogistics.shared.ClientId;
import org.retrogistics.testing.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * The authorization matrix holds over HTTP: the operations the OpenAPI document lists are the matrix's; every one is
 * called as every role, and refused (403 problem+json) exactly to the roles the matrix leaves out; another client's
 * administrator, holding the ids of this client's records, gets none of them; a customer bound to another shopper gets
 * none of this shopper's. The controllers' own {@code @PreAuthorize} rules are asked too and must say the same.
 */
class AuthorizationMatrixIT extends ApiTestSupport {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final AuthorizationMatrix MATRIX = AuthorizationMatrix.standard();

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** Every operation the running application documents, as "METHOD /path/{template}". */
    private Set<String> documented() {
        JsonNode paths = get("/v3/api-docs", null).json().path("paths");
        Set<String> operations = new TreeSet<>();
        for (String path : paths.propertyNames()) {
            for (String method : paths.path(path).propertyNames()) {
                if (Set.of("get", "post", "put", "patch", "delete").contains(method)) {
                    operations.add(new Operation(method, path).toString());
                }
            }
        }
        return operations;
    }

    private static Set<String> listed() {
        Set<String> operations = new TreeSet<>();
        MATRIX.rules().forEach(r -> operations.add(r.operation().toString()));
        return operations;
    }

    /** The matrix rows whose operation the application serves today. */
    private List<AuthorizationMatrix.Rule> served() {
        Set<String> documented = documented();
        return MATRIX.rules().stream()
                .filter(r -> documented.contains(r.operation().toString()))
                .toList();
    }

    @Test
    void theOpenApiDocumentAndTheMatrixListTheSameOperations() {
        Set<String> documented = documented();
        Set<String> listed = listed();
        Set<String> unlisted = new TreeSet<>(documented);
        unlisted.removeAll(listed);
        assertThat(unlisted)
                .as("documented operations the matrix does not list")
                .isEmpty();
        Set<String> notServed = new TreeSet<>(listed);
        notServed.removeAll(documented);
        assertThat(notServed)
                .as("matrix rows no documented operation answers to")
                .isEmpty();
        System.out.printf(
                "authorization matrix: %d rows, %d documented operations%n", listed.size(), documented.size());
    }

    @Test
    void theControllersOwnRulesSayWhatTheMatrixSays() {
        PreAuthorizeAuthorizationManager preAuthorize = new PreAuthorizeAuthorizationManager();
        List<String> disagreements = new ArrayList<>();
        int checked = 0;
        for (var mapping : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = mapping.getValue();
            for (String path : mapping.getKey().getPatternValues()) {
                if (!path.startsWith("/api/")) {
                    continue;
                }
                for (var method : mapping.getKey().getMethodsCondition().getMethods()) {
                    Operation operation = new Operation(method.name(), path);
                    for (Role role : Role.values()) {
                        Actor caller = caller(role);
                        AuthorizationResult result = preAuthorize.authorize(
                                () -> UsernamePasswordAuthenticationToken.authenticated(
                                        caller, null, caller.getAuthorities()),
                                new SimpleMethodInvocation(
                                        handler.getBean(),
                                        handler.getMethod(),
                                        new Object[handler.getMethod().getParameterCount()]));
                        boolean annotated = result == null || result.isGranted();
                        checked++;
                        if (annotated != MATRIX.allows(operation, role)) {
                            disagreements.add(operation + " as " + role + ": @PreAuthorize "
                                    + (annotated ? "allows" : "refuses") + ", the matrix does not");
                        }
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(150 * Role.values().length);
        assertThat(disagreements).isEmpty();
    }

    /** Who holds the role: a customer is a shopper's token, staff are signed-in users. */
    private static Actor caller(Role role) {
        ClientId client = new ClientId(UUID.randomUUID());
        return role == Role.CUSTOMER
                ? Actor.shopper(client, "caller", SHOPPER)
                : new Actor(client, "caller", EnumSet.of(role), null, null, 1L);
    }

    @Test
    void everyOperationAsEveryRoleIsRefusedExactlyWhereTheMatrixSays() {
        Tenant t = newTenant();
        int tried = 0;
        int refused = 0;
        int allowed = 0;
        int anonymousRefused = 0;
        List<String> wrong = new ArrayList<>();
        List<AuthorizationMatrix.Rule> rules = served();
        for (AuthorizationMatrix.Rule rule : rules) {
            String url = concrete(rule.operation(), Map.of());
            Res anonymous = call(rule.operation().method(), url, null);
            if (rule.open()) {
                doorOpen(anonymous).ifPresent(why -> wrong.add(rule.operation() + " anonymous: " + why));
            } else if (anonymous.status() == 401) {
                anonymousRefused++;
            } else {
                wrong.add(rule.operation() + " anonymous: " + anonymous.status());
            }
            for (Role role : Role.values()) {
                tried++;
                Res r = call(rule.operation().method(), url, t.token(role));
                if (rule.allows(role)) {
                    allowed++;
                    doorOpen(r).ifPresent(why -> wrong.add(rule.operation() + " as " + role + " (allowed): " + why));
                } else if (r.status() == 403 && r.contentType().startsWith("application/problem+json")) {
                    refused++;
                } else {
                    wrong.add(rule.operation() + " as " + role + " (refused): " + r.status() + " " + r.body());
                }
            }
        }
        System.out.printf(
                "authorization matrix: %d operations x %d roles = %d calls; %d refused as the matrix says, %d allowed"
                        + " through; %d of %d anonymous calls refused; %d wrong%n",
                rules.size(),
                Role.values().length,
                tried,
                refused,
                allowed,
                anonymousRefused,
                rules.stream().filter(r -> !r.open()).count(),
                wrong.size());
        assertThat(wrong).isEmpty();
        assertThat(tried).isEqualTo(refused + allowed);
        assertThat(refused).isGreaterThan(400);
    }

    @Test
    void theMostSpecificTemplateDecidesAsTheEndpointThatServesTheRequest() {
        Tenant t = newTenant();
        // fits /api/returns/by-rma/{rmaNumber} (a customer may) and /api/returns/{id}/units (it may not):
        // Spring MVC serves it as the former, so the former's row must judge it
        Res asCustomer = get("/api/returns/by-rma/units", t.token(Role.CUSTOMER));
        assertThat(asCustomer.status()).as(asCustomer.body()).isEqualTo(404);
    }

    @Test
    void anEndpointTheMatrixDoesNotListIsRefusedAndAnUnknownPathIsNotFound() {
        Tenant t = newTenant();
        // HEAD is served by every GET endpoint, and the matrix lists none: deny by default
        Res head = send(
                HttpRequest.newBuilder(uri("/api/orders")).method("HEAD", HttpRequest.BodyPublishers.noBody()),
                t.admin());
        assertThat(head.status()).isEqualTo(403);
        assertThat(get("/api/orders", t.admin()).status()).isEqualTo(200);
        // no endpoint at all: the caller learns that, as before the matrix
        assertThat(get("/api/nothing-here", t.admin()).status()).isEqualTo(404);
        assertThat(get("/api/nothing-here", null).status()).isEqualTo(401);
        assertThat(send(HttpRequest.newBuilder(uri("/api/orders")).DELETE(), t.admin())
                        .status())
                .isEqualTo(405);
    }

    /** Client A's records, each one's id, and what of A's must never show up in an answer to B. */
    private record RecordsOfA(Map<String, String> ids, Set<String> secrets, List<String> snapshotUrls) {}

    private RecordsOfA recordsOf(Tenant a) {
        String customer = a.token(Role.CUSTOMER);
        String order = placeOrder(a, 3, "phone", 1, "shirt", 1);
        String orderId = get("/api/orders?number=" + order, a.admin())
                .json()
                .path("content")
                .get(0)
                .path("id")
                .asString();
        JsonNode created = post("/api/returns", customer, returnOf(line(order, 2, 1, "CHANGED_MIND", "REFUND")))
                .json();
        String returnId = created.path("id").asString();
        String rma = created.path("rmaNumber").asString();
        Res label = post("/api/returns/" + returnId + "/label", customer, Map.of());
        assertThat(label.status()).as(label.body()).isEqualTo(201);
        String tracking = label.json().path("trackingNumber").asString();
        JsonNode unit =
                get("/api/returns/" + returnId + "/units", a.admin()).json().get(0);
        String workUnit = receivedUnit(a, "phone", "DEFECTIVE");
        Res workOrder = post("/api/work-orders", a.token(Role.MANAGER), Map.of("unitId", workUnit, "kind", "RELABEL"));
        assertThat(workOrder.status()).as(workOrder.body()).isEqualTo(201);
        String sscc = post("/api/containers", a.token(Role.WAREHOUSE), Map.of("kind", "TOTE"))
                .json()
                .path("sscc")
                .asString();
        String day = LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();
        Res pickup = post(
                "/api/pickups",
                customer,
                Map.of(
                        "reference",
                        a.code() + "-P",
                        "siteName",
                        "Site",
                        "latitude",
                        52.1,
                        "longitude",
                        4.1,
                        "windowStart",
                        day + "T08:00:00Z",
                        "windowEnd",
                        day + "T16:00:00Z",
                        "weightKg",
                        10,
                        "volumeLitres",
                        10));
        assertThat(pickup.status()).as(pickup.body()).isEqualTo(201);

        String tokenId = get("/api/tokens", a.admin()).json().get(0).path("id").asString();

        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("/api/returns/by-rma/{rmaNumber}", rma);
        ids.put("/api/returns/{id}", returnId);
        ids.put("/api/orders/{id}", orderId);
        ids.put("/api/units/{id}", unit.path("id").asString());
        ids.put("/api/work-orders/{id}", workOrder.json().path("id").asString());
        ids.put("/api/shipments/{trackingNumber}", tracking);
        ids.put("/api/containers/{sscc}", sscc);
        ids.put("/api/pickups/{id}", pickup.json().path("id").asString());
        ids.put("/api/products/{id}", a.products().get("phone").id().toString());
        ids.put("/api/users/{username}", a.code() + "-agent");
        ids.put("/api/tokens/{id}", tokenId);
        Set<String> secrets = new TreeSet<>(ids.values());
        secrets.addAll(Set.of(
                a.code(),
                order,
                unit.path("licencePlate").asString(),
                "Sam Shopper",
                a.products().get("phone").name()));
        List<String> snapshot = List.of(
                "/api/returns/" + returnId,
                "/api/orders/" + orderId,
                "/api/units/" + unit.path("id").asString() + "/history",
                "/api/work-orders/" + ids.get("/api/work-orders/{id}"),
                "/api/containers/" + sscc,
                "/api/pickups/" + ids.get("/api/pickups/{id}"),
                "/api/users");
        return new RecordsOfA(ids, secrets, snapshot);
    }

    private String snapshot(Tenant a, RecordsOfA records) {
        StringBuilder s = new StringBuilder();
        records.snapshotUrls()
                .forEach(url -> s.append(get(url, a.admin()).body()).append('\n'));
        return s.toString();
    }

    @Test
    void anotherClientsAdministratorReachesNoneOfTheseRecords() {
        Tenant a = newTenant();
        Tenant b = newTenant();
        RecordsOfA records = recordsOf(a);
        String before = snapshot(a, records);
        int tried = 0;
        int refused = 0;
        List<String> leaks = new ArrayList<>();
        for (AuthorizationMatrix.Rule rule : served()) {
            Operation op = rule.operation();
            boolean keyed = keyedBy(op, records.ids()) != null;
            boolean list = "GET".equals(op.method()) && !op.path().contains("{");
            if (!keyed && !list) {
                continue; // neither names a record of A nor lists records: nothing of A's to reach
            }
            String url = concrete(op, records.ids());
            Res r = call(op.method(), url, b.admin());
            tried++;
            boolean success = r.status() / 100 == 2;
            if (!success) {
                refused++;
            }
            if (keyed && success) {
                leaks.add(op + " answered " + r.status() + " to B with A's id: " + r.body());
            } else if (keyed && "GET".equals(op.method()) && r.status() != 404 && r.status() != 403) {
                leaks.add(op + " answered " + r.status() + " to B instead of 404");
            }
            String shown = shownOfA(r, url, records.secrets());
            if (shown != null) {
                leaks.add(op + " showed B " + shown + ": " + r.body());
            }
        }
        String after = snapshot(a, records);
        System.out.printf(
                "authorization matrix, another client: %d calls with client A's ids or lists by B's administrator,"
                        + " %d refused, %d leaks%n",
                tried, refused, leaks.size());
        assertThat(leaks).isEmpty();
        assertThat(after).as("client A's records are unchanged").isEqualTo(before);
        assertThat(tried).isGreaterThan(60);
    }

    @Test
    void aCustomerOfAnotherShopperReachesNoneOfThisShoppersRecords() {
        Tenant a = newTenant();
        RecordsOfA records = recordsOf(a);
        String other = access.issueToken(a.id(), "other-shopper", EnumSet.of(Role.CUSTOMER), "other@example.com");
        String before = snapshot(a, records);
        int tried = 0;
        List<String> leaks = new ArrayList<>();
        for (AuthorizationMatrix.Rule rule : served()) {
            Operation op = rule.operation();
            if (rule.customer() != CustomerRule.OWN_SHOPPER && rule.customer() != CustomerRule.READS_NONE) {
                continue;
            }
            boolean keyed = keyedBy(op, records.ids()) != null;
            String url = concrete(op, records.ids());
            Res r = call(op.method(), url, other);
            tried++;
            if (keyed && r.status() / 100 == 2) {
                leaks.add(op + " answered " + r.status() + " to another shopper: " + r.body());
            } else if (keyed && "GET".equals(op.method()) && r.status() != 404) {
                leaks.add(op + " answered " + r.status() + " to another shopper instead of 404");
            }
            Set<String> shopperSecrets = new TreeSet<>(records.secrets());
            shopperSecrets.remove(a.code()); // the client's own SKUs and codes are no secret to its customers
            String shown = shownOfA(r, url, shopperSecrets);
            if (shown != null) {
                leaks.add(op + " showed another shopper " + shown + ": " + r.body());
            }
        }
        System.out.printf(
                "authorization matrix, another shopper: %d customer calls on this shopper's records, %d leaks%n",
                tried, leaks.size());
        assertThat(leaks).isEmpty();
        assertThat(snapshot(a, records)).isEqualTo(before);
        assertThat(tried).isGreaterThanOrEqualTo(10);
    }

    /** Which of A's ids the operation's path names, by the template prefix it hangs from; null when none. */
    private static String keyedBy(Operation op, Map<String, String> ids) {
        return ids.keySet().stream()
                .filter(prefix -> op.path().equals(prefix) || op.path().startsWith(prefix + "/"))
                .findFirst()
                .orElse(null);
    }

    /** The operation's URL: A's ids where its template hangs from one of A's records, harmless values elsewhere. */
    private static String concrete(Operation op, Map<String, String> ids) {
        String path = op.path();
        String prefix = keyedBy(op, ids);
        String head = "";
        if (prefix != null) {
            head = VARIABLE.matcher(prefix).replaceAll(Matcher.quoteReplacement(ids.get(prefix)));
            path = path.substring(prefix.length());
        }
        Matcher m = VARIABLE.matcher(path);
        StringBuilder url = new StringBuilder(head);
        while (m.find()) {
            m.appendReplacement(url, Matcher.quoteReplacement(placeholder(m.group(1))));
        }
        m.appendTail(url);
        return url.toString();
    }

    private static String placeholder(String variable) {
        return switch (variable) {
            case "carrier" -> "retropost";
            case "sscc" -> "000000000000000000";
            case "trackingNumber" -> "RP-NONE";
            case "rmaNumber" -> "RMA-NONE";
            case "email" -> "nobody@example.com";
            case "sku" -> "NO-SUCH-SKU";
            case "name", "username" -> "nobody";
            default -> UUID.randomUUID().toString();
        };
    }

    /** An answer to a caller the matrix lets in: anything but the role door shut (401, or 403 from the chain). */
    private static Optional<String> doorOpen(Res r) {
        if (r.status() == 403) {
            return Optional.of("403 " + r.body());
        }
        if (r.status() == 401 && !"bad-signature".equals(r.problemCode())) {
            return Optional.of("401 " + r.body());
        }
        return Optional.empty();
    }

    /** The first of A's secrets in the answer that the caller did not send itself, or null. */
    private static String shownOfA(Res r, String url, Set<String> secrets) {
        String body = r.body();
        return secrets.stream()
                .filter(secret -> !url.contains(secret))
                .filter(body::contains)
                .findFirst()
                .orElse(null);
    }

    /** A call with an empty JSON body for writes: a 400 or 404 is an answer from behind the role door. */
    private Res call(String method, String url, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(url));
        if ("GET".equals(method)) {
            b.GET();
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString("{}"));
        }
        return send(b, token);
    }
}

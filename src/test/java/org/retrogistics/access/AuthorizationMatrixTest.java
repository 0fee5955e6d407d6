package org.retrogistics.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The matrix's own rules, and the security document's table drawn from it. */
class AuthorizationMatrixTest {

    private static final String HEADER = "method,path,roles,customer\n";
    private static final Path DOC = Path.of("docs/security.md");
    private static final String START = "<!-- matrix:start -->";
    private static final String END = "<!-- matrix:end -->";

    private static AuthorizationMatrix read(String rows) throws IOException {
        return AuthorizationMatrix.read(new StringReader(HEADER + rows));
    }

    @Test
    void aRoleMayCallWhatItsRowNamesAndNothingUnlisted() throws IOException {
        AuthorizationMatrix matrix = read(
                """
                # comments and blanks around fields are allowed
                post , /api/returns , CUSTOMER AGENT , OWN_SHOPPER
                POST,/api/carrier-events/{carrier},PUBLIC,NONE
                """);
        Operation create = new Operation("POST", "/api/returns");
        assertThat(matrix.allows(create, Role.CUSTOMER)).isTrue();
        assertThat(matrix.allows(create, Role.AGENT)).isTrue();
        assertThat(matrix.allows(create, Role.ADMIN)).isFalse();
        assertThat(matrix.rule(create).orElseThrow().customer()).isEqualTo(CustomerRule.OWN_SHOPPER);
        assertThat(matrix.allows(new Operation("GET", "/api/returns"), Role.ADMIN))
                .as("not listed: refused to every role")
                .isFalse();
        Operation carrier = new Operation("POST", "/api/carrier-events/{carrier}");
        assertThat(matrix.rule(carrier).orElseThrow().open()).isTrue();
        assertThat(EnumSet.allOf(Role.class)).allMatch(role -> matrix.allows(carrier, role));
    }

    @Test
    void aContradictoryOrDuplicatedRowIsRefusedAtLoad() {
        assertThatThrownBy(() -> read("GET,/api/orders,AGENT,NONE\nGET,/api/orders,ADMIN,NONE\n"))
                .hasMessageContaining("GET /api/orders is listed twice");
        assertThatThrownBy(() -> read("GET,/api/orders,CUSTOMER AGENT,NONE\n"))
                .hasMessageContaining("a customer rule is given exactly when CUSTOMER is allowed");
        assertThatThrownBy(() -> read("GET,/api/orders,AGENT,OWN_SHOPPER\n"))
                .hasMessageContaining("a customer rule is given exactly when CUSTOMER is allowed");
        assertThatThrownBy(() -> read("GET,/api/orders,,NONE\n")).hasMessageContaining("names no role");
        assertThatThrownBy(() -> read("GET,/api/orders,SUPERUSER,NONE\n")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> read("GET,/orders,AGENT,NONE\n")).hasMessageContaining("not an API path");
    }

    @Test
    void theApplicationsMatrixCoversTheApiAndKeepsCustomersToTheirRules() {
        AuthorizationMatrix matrix = AuthorizationMatrix.standard();
        assertThat(matrix.rules()).hasSizeGreaterThan(150);
        assertThat(matrix.rules())
                .filteredOn(AuthorizationMatrix.Rule::open)
                .extracting(r -> r.operation().toString())
                .containsExactly("POST /api/carrier-events/{carrier}");
        // every administration of users and tokens is the administrator's alone
        assertThat(matrix.rules())
                .filteredOn(r -> r.operation().path().startsWith("/api/users")
                        || r.operation().path().startsWith("/api/tokens")
                        || r.operation().path().startsWith("/api/access-audit"))
                .hasSizeGreaterThanOrEqualTo(10)
                .allMatch(r -> r.roles().equals(EnumSet.of(Role.ADMIN)));
        // what a customer reaches under a return is its own shopper's
        assertThat(matrix.rules())
                .filteredOn(r -> r.allows(Role.CUSTOMER) && !r.open())
                .filteredOn(r -> r.operation().path().startsWith("/api/returns")
                        || r.operation().path().startsWith("/api/shipments"))
                .isNotEmpty()
                .allMatch(r -> r.customer() == CustomerRule.OWN_SHOPPER);
    }

    /** Rewrites the matrix section of docs/security.md from the table, so the document is the data. */
    @Test
    void theSecurityDocumentShowsTheMatrix() throws IOException {
        String table = markdown(AuthorizationMatrix.standard());
        String doc = Files.readString(DOC);
        int start = doc.indexOf(START);
        int end = doc.indexOf(END);
        assertThat(start).as("docs/security.md keeps the matrix markers").isNotNegative();
        assertThat(end).isGreaterThan(start);
        Files.writeString(DOC, doc.substring(0, start + START.length()) + "\n" + table + doc.substring(end));

        String written = Files.readString(DOC);
        assertThat(written)
                .contains("| `POST /api/returns/{id}/receipts` | — | — | ✓ | — | ✓ | ✓ |")
                .contains("| `GET /api/returns/{id}` | own | ✓ | ✓ | — | ✓ | ✓ |")
                .contains(
                        "| `POST /api/carrier-events/{carrier}` | public | public | public | public | public | public |")
                .contains("| `POST /api/tokens` | — | — | — | — | — | ✓ |");
        assertThat(written.lines().filter(l -> l.startsWith("| `")).count())
                .isEqualTo(AuthorizationMatrix.standard().rules().size());
    }

    static String markdown(AuthorizationMatrix matrix) {
        StringBuilder md = new StringBuilder();
        md.append("Generated by AuthorizationMatrixTest from ")
                .append("`src/main/resources")
                .append(AuthorizationMatrix.RESOURCE)
                .append("`; do not edit by hand. ")
                .append(matrix.rules().size())
                .append(" operations. ✓ allowed, — refused with 403, public: no credential (the carrier signs the")
                .append(" event).\n\n");
        md.append("| Operation |");
        Arrays.stream(Role.values())
                .forEach(r -> md.append(' ').append(r.name()).append(" |"));
        md.append("\n|---|");
        Arrays.stream(Role.values()).forEach(r -> md.append("---|"));
        md.append('\n');
        for (AuthorizationMatrix.Rule rule : matrix.rules()) {
            md.append("| `").append(rule.operation()).append("` |");
            for (Role role : Role.values()) {
                md.append(' ').append(cell(rule, role)).append(" |");
            }
            md.append('\n');
        }
        md.append("| operations allowed |");
        for (Role role : Role.values()) {
            md.append(' ')
                    .append(matrix.rules().stream().filter(r -> r.allows(role)).count())
                    .append(" |");
        }
        md.append("\n\nCUSTOMER column: ");
        Map<String, String> legend = Arrays.stream(CustomerRule.values())
                .filter(rule -> rule != CustomerRule.NONE)
                .collect(Collectors.toMap(
                        CustomerRule::mark, CustomerRule::meaning, (a, b) -> a, java.util.LinkedHashMap::new));
        md.append(legend.entrySet().stream()
                        .map(e -> "**" + e.getKey() + "** " + e.getValue())
                        .collect(Collectors.joining("; ")))
                .append(".\n");
        return md.toString();
    }

    private static String cell(AuthorizationMatrix.Rule rule, Role role) {
        if (rule.open()) {
            return "public";
        }
        if (!rule.allows(role)) {
            return "—";
        }
        return role == Role.CUSTOMER ? rule.customer().mark() : "✓";
    }
}

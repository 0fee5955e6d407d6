package org.retrogistics.access;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Who may call which API operation, as one table of data ({@value #RESOURCE}): per operation the roles allowed, or
 * none needed (public), and for CUSTOMER the records it reaches. The API security chain is built from it and refuses
 * any operation it does not list; the security document's matrix is drawn from it; a test calls every operation as
 * every role against it. The {@code @PreAuthorize} rules on the controllers stay as a second check and must agree.
 */
public final class AuthorizationMatrix {

    /** The classpath resource that holds the table. */
    public static final String RESOURCE = "/access/authorization-matrix.csv";

    private static final String PUBLIC = "PUBLIC";
    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setCommentMarker('#')
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true)
            .get();

    /** One row: an operation, who may call it, and what a customer reaches through it. */
    public record Rule(Operation operation, boolean open, Set<Role> roles, CustomerRule customer) {

        public Rule {
            roles = roles.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(Role.class)) : Set.copyOf(roles);
            if (open && !roles.isEmpty()) {
                throw new IllegalArgumentException(operation + ": public, so it names no roles");
            }
            if (!open && roles.isEmpty()) {
                throw new IllegalArgumentException(operation + ": names no role; list it as PUBLIC or give it roles");
            }
            if (roles.contains(Role.CUSTOMER) == (customer == CustomerRule.NONE)) {
                throw new IllegalArgumentException(
                        operation + ": a customer rule is given exactly when CUSTOMER is allowed, found " + customer);
            }
        }

        /** Whether a caller with this role may call the operation (a public one: anyone). */
        public boolean allows(Role role) {
            return open || roles.contains(role);
        }
    }

    private final Map<Operation, Rule> rules;

    private AuthorizationMatrix(List<Rule> rules) {
        Map<Operation, Rule> byOperation = new LinkedHashMap<>();
        rules.stream().sorted((a, b) -> a.operation().compareTo(b.operation())).forEach(rule -> {
            if (byOperation.put(rule.operation(), rule) != null) {
                throw new IllegalArgumentException(rule.operation() + " is listed twice");
            }
        });
        this.rules = Collections.unmodifiableMap(byOperation);
    }

    private static final class Standard {
        private static final AuthorizationMatrix MATRIX = load();
    }

    /** The application's matrix, read once from {@value #RESOURCE}. */
    public static AuthorizationMatrix standard() {
        return Standard.MATRIX;
    }

    private static AuthorizationMatrix load() {
        try (InputStream in = AuthorizationMatrix.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a table in the form of {@value #RESOURCE}: method, path, roles (blank-separated, or PUBLIC), customer. */
    public static AuthorizationMatrix read(Reader csv) throws IOException {
        List<Rule> rules = new ArrayList<>();
        try (CSVParser parser = FORMAT.parse(csv)) {
            for (CSVRecord row : parser) {
                Operation operation = new Operation(row.get("method"), row.get("path"));
                String roles = row.get("roles");
                boolean open = PUBLIC.equals(roles);
                Set<Role> allowed = EnumSet.noneOf(Role.class);
                if (!open) {
                    Arrays.stream(roles.split("\\s+"))
                            .filter(name -> !name.isEmpty())
                            .map(Role::valueOf)
                            .forEach(allowed::add);
                }
                rules.add(new Rule(operation, open, allowed, CustomerRule.valueOf(row.get("customer"))));
            }
        }
        return new AuthorizationMatrix(rules);
    }

    /** Every rule, sorted by path then method. */
    public List<Rule> rules() {
        return List.copyOf(rules.values());
    }

    public Optional<Rule> rule(Operation operation) {
        return Optional.ofNullable(rules.get(operation));
    }

    /** Whether a caller with this role may call the operation; an operation the matrix does not list: never. */
    public boolean allows(Operation operation, Role role) {
        return rule(operation).map(r -> r.allows(role)).orElse(false);
    }
}

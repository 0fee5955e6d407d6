package org.retrogistics.disposition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One of a client's own rules, "never this option when …", e.g. {@code never B2B_LOT brand=Acme} or {@code never
 * DONATE category=phones sku=X-1}. All conditions must hold (and); a rule with no condition applies to every unit of the
 * client. Values compare without regard to case.
 */
public record ClientRule(DispositionOption option, List<Condition> conditions) {

    /** What a condition looks at. */
    public enum Field {
        BRAND,
        CATEGORY,
        SKU
    }

    /** {@code field=value}. */
    public record Condition(Field field, String value) {

        public Condition {
            Objects.requireNonNull(field, "field");
            if (value == null || value.isBlank()) {
                throw new InvalidClientRule(field.name().toLowerCase(Locale.ROOT) + "= needs a value");
            }
            value = value.trim();
        }

        boolean holds(UnitFacts facts) {
            return switch (field) {
                case BRAND -> value.equalsIgnoreCase(facts.brand());
                case CATEGORY -> value.equalsIgnoreCase(facts.category());
                case SKU -> value.equalsIgnoreCase(facts.sku());
            };
        }

        String text() {
            String v = value.contains(" ") || value.contains("\"") ? '"' + value.replace("\"", "") + '"' : value;
            return field.name().toLowerCase(Locale.ROOT) + "=" + v;
        }
    }

    public ClientRule {
        Objects.requireNonNull(option, "option");
        conditions = List.copyOf(conditions);
    }

    public boolean appliesTo(UnitFacts facts) {
        for (Condition c : conditions) {
            if (!c.holds(facts)) {
                return false;
            }
        }
        return true;
    }

    /** The rule as a person writes it; {@link #parse} reads it back. */
    public String text() {
        StringBuilder s = new StringBuilder("never ").append(option.name());
        for (Condition c : conditions) {
            s.append(' ').append(c.text());
        }
        return s.toString();
    }

    /** Reads {@code never <OPTION> [field=value …]}; a value with spaces goes in double quotes. */
    public static ClientRule parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidClientRule("a client rule is empty; write e.g. 'never B2B_LOT brand=Acme'");
        }
        List<String> tokens = tokens(text);
        if (!tokens.get(0).equalsIgnoreCase("never")) {
            throw new InvalidClientRule(
                    "'" + text.trim() + "': a client rule starts with 'never', e.g. 'never B2B_LOT brand=Acme'");
        }
        if (tokens.size() < 2) {
            throw new InvalidClientRule("'" + text.trim() + "': which option? e.g. 'never B2B_LOT brand=Acme'");
        }
        DispositionOption option;
        try {
            option = DispositionOption.parse(tokens.get(1));
        } catch (IllegalArgumentException ex) {
            throw new InvalidClientRule("'" + text.trim() + "': " + ex.getMessage());
        }
        List<Condition> conditions = new ArrayList<>();
        for (String token : tokens.subList(2, tokens.size())) {
            int eq = token.indexOf('=');
            if (eq <= 0) {
                throw new InvalidClientRule("'" + text.trim() + "': '" + token
                        + "' is not a condition; write field=value with field brand, category or sku");
            }
            String name = token.substring(0, eq).trim().toUpperCase(Locale.ROOT);
            Field field;
            try {
                field = Field.valueOf(name);
            } catch (IllegalArgumentException ex) {
                throw new InvalidClientRule("'" + text.trim() + "': unknown field '" + token.substring(0, eq)
                        + "'; the fields are brand, category and sku");
            }
            String value = token.substring(eq + 1);
            if (value.isBlank()) {
                throw new InvalidClientRule("'" + text.trim() + "': " + token + " needs a value");
            }
            conditions.add(new Condition(field, value));
        }
        return new ClientRule(option, conditions);
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (char c : text.trim().toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (cur.length() > 0) {
                    tokens.add(cur.toString());
                    cur.setLength(0);
                }
            } else {
                cur.append(c);
            }
        }
        if (quoted) {
            throw new InvalidClientRule("'" + text.trim() + "': a quote is not closed");
        }
        if (cur.length() > 0) {
            tokens.add(cur.toString());
        }
        return tokens;
    }
}

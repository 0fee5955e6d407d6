package org.retrogistics.disposition;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.retrogistics.disposition.rules.ClientRules;
import org.retrogistics.shared.ClientId;

/**
 * A client's own disposition rules, an immutable value with a version (a decision records it, so a changed set is a
 * reason to re-evaluate). Written one rule a line; blank lines and lines starting with {@code #} are skipped.
 */
public final class ClientRuleSet {

    private final ClientId client;
    private final int version;
    private final List<ClientRule> rules;
    private final DispositionRule asRule;

    public ClientRuleSet(ClientId client, int version, List<ClientRule> rules) {
        this.client = Objects.requireNonNull(client, "client");
        this.version = version;
        this.rules = List.copyOf(rules);
        this.asRule = new ClientRules(this.rules);
    }

    /** A client without rules of its own. */
    public static ClientRuleSet none(ClientId client) {
        return new ClientRuleSet(client, 0, List.of());
    }

    /** Reads one rule a line; a bad line is reported with its number. */
    public static ClientRuleSet parse(ClientId client, int version, String text) {
        List<ClientRule> rules = new ArrayList<>();
        List<String> lines = text == null ? List.of() : text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                rules.add(ClientRule.parse(line));
            } catch (InvalidClientRule ex) {
                throw new InvalidClientRule("line " + (i + 1) + ": " + ex.getMessage());
            }
        }
        return new ClientRuleSet(client, version, rules);
    }

    public ClientId client() {
        return client;
    }

    public int version() {
        return version;
    }

    public List<ClientRule> rules() {
        return rules;
    }

    /** The rules as text, one a line, as {@link #parse} reads them. */
    public String text() {
        return rules.stream().map(ClientRule::text).collect(Collectors.joining("\n"));
    }

    DispositionRule asRule() {
        return asRule;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClientRuleSet s && client.equals(s.client) && version == s.version && rules.equals(s.rules);
    }

    @Override
    public int hashCode() {
        return Objects.hash(client, version, rules);
    }

    @Override
    public String toString() {
        return "ClientRuleSet[" + client + " v" + version + ", " + rules.size() + " rules]";
    }
}

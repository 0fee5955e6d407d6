package org.retrogistics.disposition;

import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.retrogistics.shared.ClientId;

/**
 * The recovery model's inputs, an immutable value with an id and a version: rows per client, category and grade band
 * for each option (see {@link RecoveryEntry}). Editing returns a new version; a decision records the id and version it
 * was made with, so a new table is a reason to re-evaluate it.
 *
 * <p>Lookup for one option falls back from the most specific row to the least: client + category + band, client +
 * category, client + band, client default, then the same four for the system rows (client null). The system defaults
 * ({@link RecoveryDefaults}) have a row for every option, so a table built on them always answers.
 */
public final class RecoveryTable {

    private record Key(ClientId client, String category, GradeBand band, DispositionOption option) {}

    private record Scope(ClientId client, String category, GradeBand band) {}

    private final String id;
    private final int version;
    private final Currency currency;
    private final List<RecoveryEntry> entries;
    private final Map<Key, RecoveryEntry> index;
    // Resolved rows per scope, so a decision does one map lookup instead of up to eight per option. Bounded by the
    // table's own clients × categories × bands; the table is immutable, so entries never go stale.
    private final Map<Scope, PricedEntry[]> resolved = new ConcurrentHashMap<>();

    public RecoveryTable(String id, int version, Currency currency, List<RecoveryEntry> entries) {
        if (id == null || id.isBlank()) {
            throw new InvalidRecoveryTable("a recovery table needs an id");
        }
        if (version < 1) {
            throw new InvalidRecoveryTable("recovery table " + id + ": version " + version + " is below 1");
        }
        this.id = id.trim();
        this.version = version;
        this.currency = Objects.requireNonNull(currency, "currency");
        this.entries = List.copyOf(entries);
        Map<Key, RecoveryEntry> map = new HashMap<>();
        for (RecoveryEntry e : this.entries) {
            if (map.put(new Key(e.client(), e.category(), e.band(), e.option()), e) != null) {
                throw new InvalidRecoveryTable("recovery table " + id + " has two rows for " + e.option() + " ("
                        + (e.client() == null ? "system" : e.client()) + ", "
                        + (e.category() == null ? "*" : e.category()) + ", " + (e.band() == null ? "*" : e.band())
                        + ")");
            }
        }
        this.index = map;
    }

    public String id() {
        return id;
    }

    public int version() {
        return version;
    }

    /** The currency of the table's fixed amounts; units valued in another currency are refused. */
    public Currency currency() {
        return currency;
    }

    public List<RecoveryEntry> entries() {
        return entries;
    }

    /** The rows of one client, e.g. to export them for editing. */
    public List<RecoveryEntry> entriesOf(ClientId client) {
        return entries.stream().filter(e -> Objects.equals(e.client(), client)).toList();
    }

    /** The row the model uses for this option, after fallback. */
    public RecoveryEntry lookup(ClientId client, String category, GradeBand band, DispositionOption option) {
        return resolve(client, normalise(category), band)[option.ordinal()].entry();
    }

    /**
     * A new version with these rows added, each replacing the row of the same scope and option if there is one: how
     * a client's edits or an import land.
     */
    public RecoveryTable with(List<RecoveryEntry> changed) {
        List<RecoveryEntry> next = new ArrayList<>(entries.size() + changed.size());
        for (RecoveryEntry e : entries) {
            if (changed.stream().noneMatch(c -> c.sameScope(e))) {
                next.add(e);
            }
        }
        next.addAll(changed);
        return new RecoveryTable(id, version + 1, currency, next);
    }

    public RecoveryTable with(RecoveryEntry... changed) {
        return with(List.of(changed));
    }

    /** A new version without this client's rows for that scope and option (so the fallback applies again). */
    public RecoveryTable without(ClientId client, String category, GradeBand band, DispositionOption option) {
        String c = normalise(category);
        List<RecoveryEntry> next = entries.stream()
                .filter(e -> !(Objects.equals(e.client(), client)
                        && Objects.equals(e.category(), c)
                        && e.band() == band
                        && e.option() == option))
                .toList();
        return new RecoveryTable(id, version + 1, currency, next);
    }

    /** The same rows under another id and version, e.g. a client's copy of the system defaults. */
    public RecoveryTable as(String newId, int newVersion) {
        return new RecoveryTable(newId, newVersion, currency, entries);
    }

    PricedEntry[] resolve(ClientId client, String category, GradeBand band) {
        Scope scope = new Scope(client, category, band);
        PricedEntry[] hit = resolved.get(scope);
        if (hit != null) {
            return hit;
        }
        PricedEntry[] rows = new PricedEntry[DispositionOption.count()];
        for (DispositionOption option : DispositionOption.values()) {
            rows[option.ordinal()] = new PricedEntry(find(client, category, band, option), currency);
        }
        resolved.putIfAbsent(scope, rows);
        return rows;
    }

    private RecoveryEntry find(ClientId client, String category, GradeBand band, DispositionOption option) {
        RecoveryEntry e = null;
        if (client != null) {
            e = firstOf(client, category, band, option);
        }
        if (e == null) {
            e = firstOf(null, category, band, option);
        }
        if (e == null) {
            throw new InvalidRecoveryTable(
                    "no-recovery-entry",
                    "recovery table " + id + " v" + version + " has no row for " + option + " (client " + client
                            + ", category " + category + ", band " + band + ") and no system default to fall back on");
        }
        return e;
    }

    private RecoveryEntry firstOf(ClientId client, String category, GradeBand band, DispositionOption option) {
        RecoveryEntry e = category == null ? null : index.get(new Key(client, category, band, option));
        if (e == null && category != null) {
            e = index.get(new Key(client, category, null, option));
        }
        if (e == null) {
            e = index.get(new Key(client, null, band, option));
        }
        if (e == null) {
            e = index.get(new Key(client, null, null, option));
        }
        return e;
    }

    private static String normalise(String category) {
        return category == null || category.isBlank() ? null : category.trim().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecoveryTable t
                && id.equals(t.id)
                && version == t.version
                && currency.equals(t.currency)
                && entries.equals(t.entries);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version, currency, entries);
    }

    @Override
    public String toString() {
        return "RecoveryTable[" + id + " v" + version + ", " + currency + ", " + entries.size() + " rows]";
    }
}

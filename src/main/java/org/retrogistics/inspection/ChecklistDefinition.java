package org.retrogistics.inspection;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A checklist as inspection uses it: a stored version of a client's, or one of the built-in defaults (no id). */
public record ChecklistDefinition(
        UUID id, String family, String path, int version, String name, List<ChecklistItem> items) {

    public ChecklistDefinition {
        if (items == null || items.isEmpty()) {
            throw new InvalidChecklist("a checklist needs at least one item");
        }
        Set<String> keys = new HashSet<>();
        for (ChecklistItem i : items) {
            if (!keys.add(i.key())) {
                throw new InvalidChecklist("item key '" + i.key() + "' appears twice");
            }
        }
        items = List.copyOf(items);
    }

    public boolean builtIn() {
        return id == null;
    }
}

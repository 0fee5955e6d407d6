package org.retrogistics.inspection;

import java.util.List;
import java.util.Optional;
import org.retrogistics.access.Actor;
import org.retrogistics.inspection.internal.ChecklistRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** A client publishes its own checklist for a product family and inspection path; the previous version retires. */
@Service
@Transactional(readOnly = true)
public class PublishingChecklists {

    private final ChecklistRepository checklists;
    private final InspectionManagement inspection;
    private final JsonMapper json = JsonMapper.builder().build();

    PublishingChecklists(ChecklistRepository checklists, InspectionManagement inspection) {
        this.checklists = checklists;
        this.inspection = inspection;
    }

    /** Publishes a new version of a client's checklist for a family and path; the previous version retires. */
    @Transactional
    public ChecklistDefinition publishChecklist(
            Actor actor, String family, String path, String name, List<ChecklistItem> items) {
        if (!DefaultChecklists.knownPath(path)) {
            DefaultChecklists.forPath(path);
        }
        String fam = family == null || family.isBlank() ? "*" : family.strip();
        ChecklistDefinition checked = new ChecklistDefinition(null, fam, path, 1, name, items);
        Optional<Checklist> previous = checklists.findFirstByClientIdAndFamilyAndPathOrderByVersionDesc(
                actor.clientId().value(), fam, path);
        previous.ifPresent(Checklist::retire);
        checklists.flush();
        int version = previous.map(p -> p.getVersion() + 1).orElse(1);
        Checklist saved = checklists.save(new Checklist(
                actor.clientId().value(),
                new ChecklistDefinition(null, fam, path, version, name, checked.items()),
                json.writeValueAsString(checked.items()),
                actor.name()));
        return inspection.definition(saved);
    }
}

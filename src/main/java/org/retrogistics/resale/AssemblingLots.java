package org.retrogistics.resale;

import java.time.Clock;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.SiteFacts;
import org.retrogistics.disposition.DispositionManagement;
import org.retrogistics.disposition.GradeBand;
import org.retrogistics.resale.LotMembers.Member;
import org.retrogistics.resale.internal.LotRepository;
import org.retrogistics.shared.ClientId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts B2B and liquidation lots together: units decided for a lot, by hand or by rule (category, grade band, site),
 * all of one client.
 */
@Service
@Transactional(readOnly = true)
public class AssemblingLots {

    private final LotRepository lots;
    private final LotManagement management;
    private final LotMembers members;
    private final DispositionManagement dispositions;
    private final CatalogManagement catalog;
    private final Clock clock;

    AssemblingLots(
            LotRepository lots,
            LotManagement management,
            LotMembers members,
            DispositionManagement dispositions,
            CatalogManagement catalog,
            Optional<Clock> clock) {
        this.lots = lots;
        this.management = management;
        this.members = members;
        this.dispositions = dispositions;
        this.catalog = catalog;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** How a lot is asked for: named units, or a rule (category and grade band, optionally the site it ships from). */
    public record LotRequest(String title, List<UUID> unitIds, String category, GradeBand gradeBand, String site) {}

    /** Creates a lot as {@link #create} does and answers it as a value. */
    @Transactional
    public LotSnapshot created(Actor actor, LotRequest request) {
        return LotSnapshot.of(create(actor, request));
    }

    /** Creates an open lot with its units, all checked first: one refusal and nothing is written. */
    @Transactional
    public Lot create(Actor actor, LotRequest request) {
        ClientId client = actor.clientId();
        String site = site(client, request.site());
        String category = request.category() == null || request.category().isBlank()
                ? null
                : request.category().strip().toLowerCase(Locale.ROOT);
        List<UUID> named = request.unitIds() == null ? List.of() : request.unitIds();
        if (named.isEmpty() && (category == null || request.gradeBand() == null)) {
            throw new InvalidResaleInput(
                    "lot-needs-units",
                    "a lot names its units, or a rule: a category and a grade band (and optionally a site)");
        }
        List<Member> found = named.isEmpty()
                ? members.byRule(client, category, request.gradeBand())
                : members.checked(client, named, category, request.gradeBand());
        if (found.isEmpty()) {
            throw new ResaleRefused(
                    "no-units-for-lot",
                    "no unit decided for a lot is free in category '" + category + "' and grade band "
                            + request.gradeBand());
        }
        Currency currency = dispositions.currency(client);
        String number = "LOT-%06d".formatted(lots.nextNumber());
        String title = request.title() == null || request.title().isBlank()
                ? (category == null ? "Mixed lot" : category)
                        + (request.gradeBand() == null ? "" : ", " + ConditionLabel.words(request.gradeBand()))
                        + (site == null ? "" : " at " + site)
                : request.title().strip();
        Lot lot = new Lot(
                new Lot.Draft(
                        client.value(), number, title, category, request.gradeBand(), site, currency, actor.name()),
                clock.instant());
        Lot saved = lots.saveAndFlush(lot);
        members.insert(saved, found, 0);
        return saved;
    }

    /** Adds units to an open lot. */
    @Transactional
    public Lot addUnits(Actor actor, UUID id, Long version, List<UUID> unitIds) {
        Lot lot = management.load(actor.clientId(), id, version);
        if (unitIds == null || unitIds.isEmpty()) {
            throw new InvalidResaleInput("lot-needs-units", "name at least one unit to add");
        }
        lot.addUnits();
        members.append(lot, members.checked(actor.clientId(), unitIds, null, null));
        return lots.saveAndFlush(lot);
    }

    private String site(ClientId client, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String c = code.strip();
        return catalog.sites(client).stream()
                .map(SiteFacts::code)
                .filter(c::equalsIgnoreCase)
                .findFirst()
                .orElseThrow(() -> new ResaleRefused("unknown-site", "the client has no site '" + c + "'"));
    }
}

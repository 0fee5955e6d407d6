package org.retrogistics.resale;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.disposition.DispositionDecision;
import org.retrogistics.disposition.DispositionManagement;
import org.retrogistics.disposition.DispositionManagement.DecisionSummary;
import org.retrogistics.disposition.DispositionOption;
import org.retrogistics.disposition.GradeBand;
import org.retrogistics.disposition.UnitFacts;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.Money;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The units joining a lot: checked one by one (decided for a lot, free, of the client, matching the lot's rule) or
 * found by rule, and written as the manifest rows they will be.
 */
@Component
class LotMembers {

    /** A unit checked for the lot, with what its manifest row says. */
    record Member(UUID unitId, String licencePlate, UnitFacts facts) {}

    private final ResaleCandidates candidates;
    private final ResaleManagement resale;
    private final DispositionManagement dispositions;
    private final CatalogManagement catalog;
    private final JdbcTemplate jdbcTemplate;
    private final ResaleSettings settings;

    LotMembers(
            ResaleCandidates candidates,
            ResaleManagement resale,
            DispositionManagement dispositions,
            CatalogManagement catalog,
            JdbcTemplate jdbcTemplate,
            ResaleSettings settings) {
        this.candidates = candidates;
        this.resale = resale;
        this.dispositions = dispositions;
        this.catalog = catalog;
        this.jdbcTemplate = jdbcTemplate;
        this.settings = settings;
    }

    List<Member> checked(ClientId client, Collection<UUID> unitIds, String category, GradeBand band) {
        if (unitIds.size() > settings.maxUnitsPerRequest()) {
            throw new InvalidResaleInput(
                    "too-many-units", "at most " + settings.maxUnitsPerRequest() + " units per request");
        }
        List<UUID> ids = new ArrayList<>(new LinkedHashSet<>(unitIds));
        refuseOtherClients(client, ids);
        Map<UUID, String> taken = inActiveLots(ids);
        List<Member> members = new ArrayList<>();
        for (UUID id : ids) {
            ResaleCandidates.Found found = candidates.require(client, id, ResaleEligibility.Way.LOT);
            String plate = found.unit().licencePlate();
            if (taken.containsKey(id)) {
                throw new ResaleConflict("unit-in-lot", "unit " + plate + " is in lot " + taken.get(id) + " already");
            }
            if (resale.listed(id)) {
                throw new ResaleConflict("unit-already-listed", "unit " + plate + " is on a listing");
            }
            UnitFacts facts = found.decision().orElseThrow().facts();
            if (category != null && !category.equals(facts.category())) {
                throw new ResaleRefused(
                        "lot-rule-mismatch",
                        "unit " + plate + " is in category '" + facts.category() + "', not '" + category + "'");
            }
            if (band != null && band != facts.gradeBand()) {
                throw new ResaleRefused(
                        "lot-rule-mismatch", "unit " + plate + " is graded " + facts.gradeBand() + ", not " + band);
            }
            members.add(new Member(id, plate, facts));
        }
        return members;
    }

    /** Every unit of the client decided for a lot, of this category and grade band, in no lot and on no listing. */
    List<Member> byRule(ClientId client, String category, GradeBand band) {
        List<Member> members = new ArrayList<>();
        List<DecisionSummary> decided =
                dispositions.summaries(client, DispositionOption.B2B_LOT, settings.maxUnitsPerRequest());
        Map<UUID, String> taken =
                inActiveLots(decided.stream().map(DecisionSummary::unitId).toList());
        for (DecisionSummary s : decided) {
            if (taken.containsKey(s.unitId()) || resale.listed(s.unitId())) {
                continue;
            }
            ResaleCandidates.Found found = candidates.find(client, s.unitId());
            Optional<DispositionDecision> d = found.decision();
            if (d.isEmpty()
                    || !category.equals(d.get().facts().category())
                    || band != d.get().facts().gradeBand()
                    || ResaleEligibility.check(found.candidate(), ResaleEligibility.Way.LOT)
                            .isPresent()) {
                continue;
            }
            members.add(
                    new Member(s.unitId(), found.unit().licencePlate(), d.get().facts()));
        }
        return members;
    }

    /**
     * A lot holds the units of one client only. A unit id that belongs to another client is refused by name of the
     * rule, and the request writes nothing.
     */
    private void refuseOtherClients(ClientId client, List<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        List<UUID> foreign = jdbcTemplate.query(
                con -> {
                    PreparedStatement ps =
                            con.prepareStatement("select id from unit_facts where id = any(?) and client_id <> ?");
                    ps.setArray(1, con.createArrayOf("uuid", ids.toArray()));
                    ps.setObject(2, client.value());
                    return ps;
                },
                (rs, i) -> rs.getObject(1, UUID.class));
        if (!foreign.isEmpty()) {
            throw new ResaleRefused(
                    "lot-mixes-clients",
                    foreign.size() + " of the units named belong to another client (" + foreign.get(0)
                            + (foreign.size() > 1 ? ", ..." : "")
                            + "): a lot holds the units of one client only");
        }
    }

    private Map<UUID, String> inActiveLots(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> taken = new HashMap<>();
        jdbcTemplate.query(
                con -> {
                    PreparedStatement ps = con.prepareStatement(
                            "select lu.unit_id, l.number from lot_unit lu join resale_lot l on l.id = lu.lot_id"
                                    + " where lu.unit_id = any(?) and lu.active");
                    ps.setArray(1, con.createArrayOf("uuid", ids.toArray()));
                    return ps;
                },
                rs -> {
                    taken.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        return taken;
    }

    /** Adds the members after the lot's last position. */
    void append(Lot lot, List<Member> members) {
        Integer last = jdbcTemplate.queryForObject(
                "select coalesce(max(position), 0) from lot_unit where lot_id = ?", Integer.class, lot.getId());
        insert(lot, members, last);
    }

    void insert(Lot lot, List<Member> members, int after) {
        ClientId client = new ClientId(lot.getClientId());
        List<String> skus =
                members.stream().map(m -> m.facts().sku()).distinct().toList();
        Map<String, ProductFacts> products = catalog.productsBySku(client, skus);
        List<Object[]> rows = new ArrayList<>(members.size());
        int position = after;
        for (Member m : members) {
            rows.add(row(lot, m, products.get(m.facts().sku()), ++position));
        }
        jdbcTemplate.batchUpdate(
                """
                insert into lot_unit (lot_id, unit_id, client_id, position, licence_plate, sku, description, brand, gtin,
                  category, grade_band, condition, unit_retail)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                rows);
    }

    /** The unit's manifest row: the catalogue's name, brand and code where it has the product, valued at retail. */
    private static Object[] row(Lot lot, Member m, ProductFacts p, int position) {
        UnitFacts f = m.facts();
        Money retail = p == null ? f.productValue() : p.unitValue();
        if (!retail.currency().getCurrencyCode().equals(lot.getCurrency())) {
            throw new ResaleRefused(
                    "lot-mixes-currencies",
                    "unit " + m.licencePlate() + " is valued in " + retail.currency() + ", the lot in "
                            + lot.getCurrency());
        }
        return new Object[] {
            lot.getId(),
            m.unitId(),
            lot.getClientId(),
            position,
            m.licencePlate(),
            f.sku(),
            p == null ? f.sku() : p.name(),
            p == null ? f.brand() : p.brand(),
            p == null ? null : upc(p.gtin()),
            f.category(),
            f.gradeBand().name(),
            ConditionLabel.of(f.functionalGrade(), f.cosmeticGrade()),
            retail.amount()
        };
    }

    /**
     * The code a buyer scans: a GTIN-14 with two leading zeros is a 12-digit UPC-A, with one an EAN-13; otherwise the
     * GTIN-14 itself.
     */
    static String upc(String gtin14) {
        if (gtin14 == null) {
            return null;
        }
        if (gtin14.length() == 14 && gtin14.startsWith("00")) {
            return gtin14.substring(2);
        }
        if (gtin14.length() == 14 && gtin14.startsWith("0")) {
            return gtin14.substring(1);
        }
        return gtin14;
    }
}

package org.retrogistics.custody;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.retrogistics.custody.internal.ContainerRepository;
import org.retrogistics.custody.internal.UnitRepository;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.DomainException;
import org.retrogistics.shared.NotFound;
import org.retrogistics.shared.Sscc;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Totes, pallets and gaylords: made with an SSCC, nested, moved with everything in them. */
@Service
@Transactional(readOnly = true)
public class Containers {

    /** What a container holds: units and other containers. */
    public record Contents(ContainerSnapshot container, List<UnitSnapshot> units, List<ContainerSnapshot> containers) {}

    private final ContainerRepository containers;
    private final UnitRepository units;
    private final CustodySettings settings;

    Containers(ContainerRepository containers, UnitRepository units, CustodySettings settings) {
        this.containers = containers;
        this.units = units;
        this.settings = settings;
    }

    /** A new container; its SSCC is the one printed on it already, or a new one of ours. */
    @Transactional
    public ContainerSnapshot create(ClientId client, ContainerKind kind, String sscc, String location, String by) {
        Sscc code = sscc == null || sscc.isBlank()
                ? Sscc.of(settings.ssccExtension(), settings.ssccCompanyPrefix(), containers.nextSerial())
                : Sscc.parse(sscc);
        if (containers.findByClientIdAndSscc(client.value(), code.value()).isPresent()) {
            throw new DuplicateContainer(code);
        }
        try {
            return ContainerSnapshot.of(
                    containers.saveAndFlush(new Container(client.value(), code, kind, location, by, Instant.now())));
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            throw new DuplicateContainer(code);
        }
    }

    public ContainerSnapshot find(ClientId client, String sscc) {
        return ContainerSnapshot.of(load(client, sscc));
    }

    Container load(ClientId client, String sscc) {
        String code = Sscc.parse(sscc).value();
        return containers
                .findByClientIdAndSscc(client.value(), code)
                .orElseThrow(() -> new NotFound("container", code));
    }

    public Contents contents(ClientId client, String sscc) {
        Container c = load(client, sscc);
        return new Contents(
                ContainerSnapshot.of(c),
                units.findByContainerIdOrderByLicencePlate(c.getId()).stream()
                        .map(UnitSnapshot::of)
                        .toList(),
                containers.findByParentId(c.getId()).stream()
                        .map(ContainerSnapshot::of)
                        .toList());
    }

    /** Puts one container into another; a container can never end up inside itself. */
    @Transactional
    public ContainerSnapshot nest(ClientId client, String childSscc, String parentSscc) {
        Container child = load(client, childSscc);
        Container parent = load(client, parentSscc);
        for (Container at = parent;
                at != null;
                at = at.getParentId() == null
                        ? null
                        : containers.findById(at.getParentId()).orElse(null)) {
            if (at.getId().equals(child.getId())) {
                throw new ContainerCycle(child, parent);
            }
        }
        child.putInto(parent);
        return ContainerSnapshot.of(child);
    }

    /** Every container nested in this one, at any depth, and this one. */
    List<Container> withNested(Container root) {
        List<Container> all = new ArrayList<>(List.of(root));
        for (int i = 0; i < all.size(); i++) {
            all.addAll(containers.findByParentId(all.get(i).getId()));
        }
        return all;
    }

    /** An SSCC that is already on another container. */
    public static class DuplicateContainer extends DomainException {
        DuplicateContainer(Sscc sscc) {
            super(Kind.CONFLICT, "duplicate-container", "a container with SSCC " + sscc + " already exists");
        }
    }

    /** Nesting that would put a container inside itself. */
    public static class ContainerCycle extends DomainException {
        ContainerCycle(Container child, Container parent) {
            super(
                    Kind.REJECTED,
                    "container-cycle",
                    "container " + child.getSscc() + " cannot go into " + parent.getSscc()
                            + ": it already holds it, directly or through other containers");
        }
    }

    /** A move that names neither a place nor a container. */
    public static class NothingToMove extends DomainException {
        public NothingToMove() {
            super(Kind.INVALID, "nothing-to-move", "a move names a location, a container, or both");
        }
    }
}

package org.retrogistics.custody.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.custody.ContainerKind;
import org.retrogistics.custody.ContainerSnapshot;
import org.retrogistics.custody.Containers;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.custody.UnitSnapshot;
import org.retrogistics.custody.WarehouseLocation;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Containers (SSCC) and moves of units between places and containers. */
@RestController
@PreAuthorize("hasAnyRole('WAREHOUSE','TECHNICIAN','MANAGER','ADMIN')")
class ContainersApi {

    private final Containers containers;
    private final CustodyLedger custody;

    ContainersApi(Containers containers, CustodyLedger custody) {
        this.containers = containers;
        this.custody = custody;
    }

    record NewContainer(@NotNull ContainerKind kind, @Size(max = 30) String sscc, @Size(max = 40) String location) {}

    record ContainerView(
            UUID id, String sscc, ContainerKind kind, UUID parentId, String location, Instant createdAt, Long version) {
        static ContainerView of(ContainerSnapshot c) {
            return new ContainerView(
                    c.id(), c.sscc(), c.kind(), c.parentId(), c.location(), c.createdAt(), c.version());
        }
    }

    record ContentsView(ContainerView container, List<UnitSnapshot> units, List<ContainerView> containers) {}

    record Nest(@NotNull @Size(max = 30) String into) {}

    record Move(@Size(max = 40) String location, @Size(max = 30) String container) {}

    @PostMapping("/api/containers")
    @ResponseStatus(HttpStatus.CREATED)
    ContainerView create(@AuthenticationPrincipal Actor actor, @Valid @RequestBody NewContainer body) {
        String location = body.location() == null
                ? null
                : WarehouseLocation.parse(body.location()).name();
        return ContainerView.of(containers.create(actor.clientId(), body.kind(), body.sscc(), location, actor.name()));
    }

    @GetMapping("/api/containers/{sscc}")
    ContentsView contents(@AuthenticationPrincipal Actor actor, @PathVariable String sscc) {
        Containers.Contents c = containers.contents(actor.clientId(), sscc);
        return new ContentsView(
                ContainerView.of(c.container()),
                c.units(),
                c.containers().stream().map(ContainerView::of).toList());
    }

    /** Puts this container into another (a tote onto a pallet, a pallet into a gaylord). */
    @PostMapping("/api/containers/{sscc}/nest")
    ContainerView nest(@AuthenticationPrincipal Actor actor, @PathVariable String sscc, @Valid @RequestBody Nest body) {
        return ContainerView.of(containers.nest(actor.clientId(), sscc, body.into()));
    }

    record ContainerMove(@jakarta.validation.constraints.NotBlank @Size(max = 40) String location) {}

    /** Moves a container with everything in it; every unit's custody ledger records the move. */
    @PostMapping("/api/containers/{sscc}/moves")
    List<UnitSnapshot> moveContainer(
            @AuthenticationPrincipal Actor actor, @PathVariable String sscc, @Valid @RequestBody ContainerMove body) {
        return custody.moveContainer(actor.clientId(), sscc, WarehouseLocation.parse(body.location()), actor.name());
    }

    /** Moves a unit to a location and/or into a container; the custody ledger records it. */
    @PostMapping("/api/units/{id}/moves")
    UnitSnapshot move(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @Valid @RequestBody Move body) {
        WarehouseLocation to = body.location() == null ? null : WarehouseLocation.parse(body.location());
        if (to == null && body.container() == null) {
            throw new Containers.NothingToMove();
        }
        return custody.move(actor.clientId(), id, to, body.container(), actor.name(), "move");
    }
}

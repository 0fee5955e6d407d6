package org.retrogistics.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.testing.ApiTestSupport;

/**
 * Work orders and qualifications name only enabled users of the same client; a user of another client is refused in
 * the same words as a name nobody has, so that a refusal tells nothing about another client.
 */
class TechnicianAssignmentIT extends ApiTestSupport {

    private Res qualify(String name, String token, String families) {
        return send(
                HttpRequest.newBuilder(uri("/api/technicians/" + name + "/qualifications"))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"families\":" + families + "}")),
                token);
    }

    private Res assign(String workOrder, String token, String technician) {
        return post("/api/work-orders/" + workOrder + "/assign", token, Map.of("technician", technician));
    }

    @Test
    void aWorkOrderGoesOnlyToAnEnabledQualifiedUserOfTheSameClient() {
        Tenant a = newTenant();
        Tenant b = newTenant();
        String manager = a.token(Role.MANAGER);
        String unit = receivedUnit(a, "phone", "DEFECTIVE");
        Res opened = post("/api/work-orders", manager, Map.of("unitId", unit, "kind", "REPAIR"));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String id = opened.json().path("id").asString();
        String family = opened.json().path("family").asString();
        assertThat(family).isEqualTo("electronics");

        // the same client's technician, qualified for the unit's family: taken
        assertThat(qualify(a.technicianName(), manager, "[\"electronics\"]").status())
                .isEqualTo(200);

        // another client's technician (qualified there for everything) and a made-up name: refused alike
        assertThat(qualify(b.technicianName(), b.token(Role.MANAGER), "[\"*\"]").status())
                .isEqualTo(200);
        String nobody = "nobody-" + a.code();
        Res foreign = assign(id, manager, b.technicianName());
        Res madeUp = assign(id, manager, nobody);
        assertThat(foreign.status()).as(foreign.body()).isEqualTo(422);
        assertThat(madeUp.status()).as(madeUp.body()).isEqualTo(422);
        assertThat(foreign.problemCode()).isEqualTo("unknown-technician").isEqualTo(madeUp.problemCode());
        assertThat(foreign.json().path("detail").asString().replace(b.technicianName(), "?"))
                .isEqualTo(madeUp.json().path("detail").asString().replace(nobody, "?"));

        // an existing user of the client who is not qualified for the family
        assertThat(qualify(a.code() + "-agent", manager, "[\"apparel\"]").status())
                .isEqualTo(200);
        Res unqualified = assign(id, manager, a.code() + "-agent");
        assertThat(unqualified.status()).isEqualTo(422);
        assertThat(unqualified.problemCode()).isEqualTo("technician-not-qualified");

        // a disabled user is no longer anyone's technician
        String former = a.code() + "-former";
        access.createUser(a.id(), former, "secret-former", "Former", EnumSet.of(Role.TECHNICIAN));
        assertThat(qualify(former, manager, "[\"*\"]").status()).isEqualTo(200);
        jdbc.sql("update app_user set enabled = false where username = ?")
                .param(former)
                .update();
        Res disabled = assign(id, manager, former);
        assertThat(disabled.status()).isEqualTo(422);
        assertThat(disabled.problemCode()).isEqualTo("unknown-technician");

        assertThat(count(
                        "select count(*) from work_order_event where work_order_id = ?::uuid and to_status = 'ASSIGNED'",
                        id))
                .isZero();
        Res taken = assign(id, manager, a.technicianName());
        assertThat(taken.status()).as(taken.body()).isEqualTo(200);
        assertThat(taken.json().path("technician").asString()).isEqualTo(a.technicianName());
        // and the technician works it as that user
        assertThat(post("/api/work-orders/" + id + "/start", a.technician(), Map.of())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void qualificationsAreKeptOnlyForUsersOfTheSameClient() {
        Tenant a = newTenant();
        Tenant b = newTenant();
        String manager = a.token(Role.MANAGER);
        String nobody = "nobody-" + a.code();

        Res madeUp = qualify(nobody, manager, "[\"electronics\"]");
        Res foreign = qualify(b.technicianName(), manager, "[\"electronics\"]");
        assertThat(madeUp.status()).as(madeUp.body()).isEqualTo(404);
        assertThat(foreign.status()).as(foreign.body()).isEqualTo(404);
        assertThat(foreign.problemCode()).isEqualTo("technician-not-found").isEqualTo(madeUp.problemCode());
        assertThat(foreign.json().path("detail").asString().replace(b.technicianName(), "?"))
                .isEqualTo(madeUp.json().path("detail").asString().replace(nobody, "?"));
        assertThat(count(
                        "select count(*) from technician_qualification where technician in (?, ?)",
                        nobody,
                        b.technicianName()))
                .isZero();

        // reading them is refused alike, and B's own qualifications stay B's
        assertThat(qualify(b.technicianName(), b.token(Role.MANAGER), "[\"apparel\"]")
                        .status())
                .isEqualTo(200);
        assertThat(get("/api/technicians/" + b.technicianName() + "/qualifications", manager)
                        .status())
                .isEqualTo(404);
        assertThat(get("/api/technicians/" + nobody + "/qualifications", manager)
                        .status())
                .isEqualTo(404);
        assertThat(get("/api/technicians/" + b.technicianName() + "/qualifications", b.token(Role.MANAGER))
                        .json()
                        .get(0)
                        .asString())
                .isEqualTo("apparel");

        Res own = qualify(a.technicianName(), manager, "[\"electronics\", \"apparel\"]");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().valueStream().map(n -> n.asString()).toList()).containsExactly("apparel", "electronics");
    }
}

package org.retrogistics.workshop;

import java.util.List;
import org.retrogistics.access.AccessManagement;
import org.retrogistics.access.Actor;
import org.retrogistics.access.Role;
import org.retrogistics.access.StaffMember;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The product families each technician is qualified for: a work order goes only to a qualified technician. */
@Service
@Transactional(readOnly = true)
public class QualifyingTechnicians {

    private final AccessManagement access;
    private final JdbcClient jdbc;

    QualifyingTechnicians(AccessManagement access, JdbcClient jdbc) {
        this.access = access;
        this.jdbc = jdbc;
    }

    /** Sets the product families a technician is qualified for ("*" for all). */
    @Transactional
    public List<String> qualify(Actor actor, String name, List<String> families) {
        String technician = access.staffMember(actor.clientId(), name)
                .filter(StaffMember::enabled)
                .map(StaffMember::username)
                .orElseThrow(() -> new NotFound("technician", name));
        jdbc.sql("delete from technician_qualification where client_id = :c and technician = :t")
                .param("c", actor.clientId().value())
                .param("t", technician)
                .update();
        for (String f : families) {
            jdbc.sql("insert into technician_qualification (client_id, technician, family) values (:c, :t, :f)")
                    .param("c", actor.clientId().value())
                    .param("t", technician)
                    .param("f", f.strip())
                    .update();
        }
        return familiesOf(actor.clientId(), technician);
    }

    /** A technician and the families they are qualified for ("*": all). */
    public record Qualified(String username, boolean enabled, List<String> families) {}

    /** The client's technicians with their qualifications, by name. */
    public List<Qualified> technicians(ClientId client) {
        return access.staffWith(client, Role.TECHNICIAN).stream()
                .map(m -> new Qualified(m.username(), m.enabled(), familiesOf(client, m.username())))
                .toList();
    }

    public List<String> qualifications(ClientId client, String name) {
        String technician = access.staffMember(client, name)
                .map(StaffMember::username)
                .orElseThrow(() -> new NotFound("technician", name));
        return familiesOf(client, technician);
    }

    boolean qualified(ClientId client, String technician, String family) {
        List<String> families = familiesOf(client, technician);
        return families.contains("*") || (family != null && families.contains(family));
    }

    private List<String> familiesOf(ClientId client, String technician) {
        return jdbc.sql(
                        "select family from technician_qualification where client_id = :c and technician = :t order by 1")
                .param("c", client.value())
                .param("t", technician)
                .query(String.class)
                .list();
    }
}

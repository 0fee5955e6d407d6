package org.retrogistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.retrogistics.testing.ApiTestSupport;

/**
 * The migrated database keeps each module's tables in the module's own schema, as architecture/table-owners.csv says,
 * and the framework's tables (event publications, migration history) in public. Queries that name no schema still
 * find every table, through the connection's search_path.
 */
class ModuleSchemasIT extends ApiTestSupport {

    @Test
    void everyTableLivesInItsOwnersSchema() throws IOException {
        Map<String, String> owners;
        try (InputStream in = getClass().getResourceAsStream("/architecture/table-owners.csv")) {
            owners = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .skip(1)
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split(","))
                    .collect(Collectors.toMap(r -> r[0], r -> r[1].equals("framework") ? "public" : r[1]));
        }
        Map<String, String> actual = new TreeMap<>();
        jdbc.sql(
                        """
                        select table_name, table_schema from information_schema.tables
                        where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
                          and table_name <> 'flyway_schema_history'
                        """)
                .query((rs, n) -> actual.put(rs.getString(1), rs.getString(2)))
                .list();
        assertThat(actual).isEqualTo(new TreeMap<>(owners));
    }

    @Test
    void everyPublishedViewLivesInItsOwnersSchema() throws IOException {
        Map<String, String> published;
        try (InputStream in = getClass().getResourceAsStream("/architecture/published-views.csv")) {
            published = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .skip(1)
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split(","))
                    .collect(Collectors.toMap(r -> r[1], r -> r[0]));
        }
        Map<String, String> actual = new TreeMap<>();
        jdbc.sql(
                        """
                        select table_name, table_schema from information_schema.views
                        where table_schema not in ('pg_catalog', 'information_schema')
                        """)
                .query((rs, n) -> actual.put(rs.getString(1), rs.getString(2)))
                .list();
        assertThat(actual).isEqualTo(new TreeMap<>(published));
        // a reader finds each view without naming the owner's schema
        for (String view : published.keySet()) {
            assertThat(count("select count(*) from " + view + " where false")).isZero();
        }
    }

    @Test
    void queriesWithoutASchemaFindEveryModulesTables() {
        Tenant t = newTenant();
        assertThat(count("select count(*) from client where id = ?", t.id().value()))
                .isEqualTo(1);
        assertThat(count("select count(*) from app_user where client_id = ?", t.id().value()))
                .isEqualTo(3);
        assertThat(jdbc.sql("show search_path").query(String.class).single()).contains("returns", "custody", "refunds");
    }
}

package org.retrogistics.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The build packages a CycloneDX bill of materials into the application (META-INF/sbom, also served by the actuator's
 * sbom endpoint). An integration test because the BOM is made in the package phase, which runs before these tests.
 */
class SoftwareBillOfMaterialsIT {

    @Test
    void theBillOfMaterialsListsWhatShipsAndNothingOnlyTheTestsUse() throws IOException {
        JsonNode bom;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/sbom/application.cdx.json")) {
            assertThat(in)
                    .as("the build writes META-INF/sbom/application.cdx.json")
                    .isNotNull();
            bom = JsonMapper.builder().build().readTree(in);
        }
        assertThat(bom.path("bomFormat").asString()).isEqualTo("CycloneDX");
        assertThat(bom.path("metadata").path("component").path("name").asString())
                .isEqualTo("retrogistics");
        List<String> components = new ArrayList<>();
        for (JsonNode c : bom.path("components")) {
            assertThat(c.path("version").asString())
                    .as("version of %s", c.path("name"))
                    .isNotBlank();
            assertThat(c.path("purl").asString())
                    .as("package URL of %s", c.path("name"))
                    .startsWith("pkg:maven/");
            components.add(c.path("group").asString() + ":" + c.path("name").asString());
        }
        assertThat(components)
                .contains(
                        "org.springframework.security:spring-security-core",
                        "org.postgresql:postgresql",
                        "org.flywaydb:flyway-core")
                .doesNotContain(
                        "org.junit.jupiter:junit-jupiter-api",
                        "com.microsoft.playwright:playwright",
                        "org.quicktheories:quicktheories",
                        "com.tngtech.archunit:archunit");
    }
}

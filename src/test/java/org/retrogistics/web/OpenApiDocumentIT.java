package org.retrogistics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retrogistics.testing.ApiTestSupport;
import tools.jackson.databind.JsonNode;

/** The API document declares how to sign in (so Swagger UI's "Try it out" works) and the statuses really answered. */
class OpenApiDocumentIT extends ApiTestSupport {

    private JsonNode doc() {
        Res r = get("/v3/api-docs", null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static List<String> codes(JsonNode doc, String path, String method) {
        JsonNode op = doc.path("paths").path(path).path(method);
        assertThat(op.isMissingNode()).as(method + " " + path).isFalse();
        return op.path("responses").propertyNames().stream().toList();
    }

    @Test
    void bearerAndBasicAreDeclaredAndAppliedToEveryOperation() {
        JsonNode doc = doc();
        JsonNode schemes = doc.path("components").path("securitySchemes");
        assertThat(schemes.path("bearer").path("type").asString()).isEqualTo("http");
        assertThat(schemes.path("bearer").path("scheme").asString()).isEqualTo("bearer");
        assertThat(schemes.path("basic").path("type").asString()).isEqualTo("http");
        assertThat(schemes.path("basic").path("scheme").asString()).isEqualTo("basic");
        assertThat(doc.path("security").toString()).contains("\"bearer\"", "\"basic\"");

        // the carrier's endpoint takes a signature, not a token
        JsonNode carrier =
                doc.path("paths").path("/api/carrier-events/{carrier}").path("post");
        assertThat(carrier.path("security").isArray()).isTrue();
        assertThat(carrier.path("security")).isEmpty();
    }

    @Test
    void operationsThatCreateAreDocumentedWith201AndNot200() {
        JsonNode doc = doc();
        assertThat(codes(doc, "/api/returns", "post")).contains("201").doesNotContain("200");
        assertThat(codes(doc, "/api/orders", "post")).contains("201").doesNotContain("200");
        assertThat(codes(doc, "/api/work-orders", "post")).contains("201").doesNotContain("200");
        assertThat(codes(doc, "/api/containers", "post")).contains("201").doesNotContain("200");
        assertThat(codes(doc, "/api/legs", "post")).contains("201").doesNotContain("200");
        assertThat(codes(doc, "/api/disposition/rules", "put")).contains("202").doesNotContain("200");
        assertThat(codes(doc, "/api/recalls", "post")).contains("201", "202").doesNotContain("200");
        assertThat(codes(doc, "/api/carrier-events/{carrier}", "post")).contains("200", "202");
        assertThat(codes(doc, "/api/tokens", "post")).contains("201").doesNotContain("200");
        assertThat(codes(doc, "/api/account/password", "post")).contains("204").doesNotContain("200");
        // a read stays 200
        assertThat(codes(doc, "/api/returns/{id}", "get")).contains("200");
    }
}

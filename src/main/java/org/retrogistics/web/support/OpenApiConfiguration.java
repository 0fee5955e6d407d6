package org.retrogistics.web.support;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API document's security: an API token (Authorization: Bearer rtg_…) or a user's name and password (Basic), either
 * one on every operation unless it says otherwise, so that Swagger UI's "Try it out" sends them.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearer";
    static final String BASIC = "basic";

    @Bean
    OpenAPI retrogisticsOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Retrogistics API")
                        .description("Reverse logistics: returns, transport, warehouse, workshop, resale, recycling"
                                + " and refunds. Errors are RFC 9457 problem+json with a stable code."))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("An API token issued by an administrator (POST /api/tokens)"))
                        .addSecuritySchemes(
                                BASIC,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description("A console user's name and password")))
                // two requirements: either scheme is enough
                .addSecurityItem(new SecurityRequirement().addList(BEARER))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }
}

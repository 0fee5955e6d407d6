package org.retrogistics.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo seeding: {@code auto} seeds only the embedded default database, {@code always} any empty database,
 * {@code never} nothing.
 */
@ConfigurationProperties("retrogistics.demo")
public record DemoSettings(
        @DefaultValue("auto") String seed, @DefaultValue("3000") int orders, @DefaultValue("400") int returns) {

    boolean shouldSeed(boolean embedded) {
        return switch (seed) {
            case "always" -> true;
            case "never" -> false;
            default -> embedded;
        };
    }
}

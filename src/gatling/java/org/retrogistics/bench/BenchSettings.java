package org.retrogistics.bench;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;

/**
 * What one benchmark run is told: system property {@code bench.x} first, then environment variable {@code BENCH_X}.
 * The target must be on this machine (a loopback address): the load never leaves it.
 */
record BenchSettings(
        URI baseUrl, String token, int users, Duration warmUp, Duration duration, int orders, int batchSize) {

    static BenchSettings fromEnvironment() {
        URI baseUrl = URI.create(value("baseUrl", "http://127.0.0.1:8080").replaceAll("/+$", ""));
        requireLoopback(baseUrl);
        String token = value("token", "");
        if (token.isBlank()) {
            throw new IllegalArgumentException("Set -Dbench.token=... or BENCH_TOKEN to an API token with ADMIN role");
        }
        int users = bounded("users", 8, 1, 256);
        Duration warmUp = Duration.ofSeconds(bounded("warmup", 15, 0, 600));
        Duration duration = Duration.ofSeconds(bounded("duration", 60, 1, 600));
        int ratePerSecond = bounded("maxRate", 500, 1, 10_000);
        long wanted = (warmUp.toSeconds() + duration.toSeconds()) * (long) ratePerSecond;
        int orders = bounded("orders", (int) Math.min(wanted, 200_000), 1, 500_000);
        int batchSize = bounded("batchSize", 1000, 1, 2000);
        return new BenchSettings(baseUrl, token, users, warmUp, duration, orders, batchSize);
    }

    private static void requireLoopback(URI uri) {
        try {
            if (uri.getHost() == null || !InetAddress.getByName(uri.getHost()).isLoopbackAddress()) {
                throw new IllegalArgumentException("bench.baseUrl must point to this machine (loopback): " + uri);
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("Unknown host in bench.baseUrl: " + uri, e);
        }
    }

    private static String value(String name, String fallback) {
        String property = System.getProperty("bench." + name);
        if (property != null && !property.isBlank()) {
            return property.trim();
        }
        String env = System.getenv(
                "BENCH_" + name.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase());
        return env == null || env.isBlank() ? fallback : env.trim();
    }

    private static int bounded(String name, int fallback, int min, int max) {
        int v = Integer.parseInt(value(name, Integer.toString(fallback)));
        if (v < min || v > max) {
            throw new IllegalArgumentException("bench." + name + " must be within " + min + ".." + max + ": " + v);
        }
        return v;
    }
}

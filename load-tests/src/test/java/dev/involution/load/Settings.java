package dev.involution.load;

import java.time.Duration;

/**
 * Simulation parameters, read from system properties ({@code -Dname=value}, which
 * {@code load-tests/run.sh} and the Gatling Maven plugin pass on) with a default each.
 */
final class Settings {
    private Settings() {
    }

    /** The arena under test; {@code load-tests/run.sh} sets it to the arena it started. */
    static String baseUrl() {
        return text("baseUrl", "http://127.0.0.1:8080");
    }

    /** The arena's admin token ({@code ARENA_ADMIN_TOKEN}), to create and start matches. */
    static String adminToken() {
        return text("adminToken", "load-test-admin-token");
    }

    static String text(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    static int integer(String name, int fallback) {
        return Integer.parseInt(text(name, Integer.toString(fallback)));
    }

    static double decimal(String name, double fallback) {
        return Double.parseDouble(text(name, Double.toString(fallback)));
    }

    /** A duration given in whole seconds. */
    static Duration seconds(String name, long fallback) {
        return Duration.ofSeconds(Long.parseLong(text(name, Long.toString(fallback))));
    }

    /** The web socket URL of the same server. */
    static String wsBaseUrl() {
        return baseUrl().replaceFirst("^http", "ws");
    }

    /**
     * Where the read-only streams are read: {@code -DstreamBaseUrl} (the arena's stream edge, e.g.
     * {@code ws://127.0.0.1:8081}; load-tests/run.sh --stream-edge sets it), else the same server.
     */
    static String streamBaseUrl() {
        return text("streamBaseUrl", wsBaseUrl());
    }
}

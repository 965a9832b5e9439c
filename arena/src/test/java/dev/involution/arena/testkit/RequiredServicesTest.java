package dev.involution.arena.testkit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequiredServicesTest {

    private static final String PROPERTY = "arena.requireServices";

    @AfterEach
    void clearProperty() {
        System.clearProperty(PROPERTY);
    }

    @Test
    void returnsWhatTheProbeFound() {
        assertThat(RequiredServices.require("a service", () -> "found")).isEqualTo("found");
    }

    @Test
    void theSystemPropertyMakesServicesRequired() {
        System.setProperty(PROPERTY, "true");

        assertThat(RequiredServices.required()).isTrue();
    }

    @Test
    void failsWhenServicesAreRequired() {
        assertThatThrownBy(() -> RequiredServices.require("the frobnicator", RequiredServicesTest::unreachable, true))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("the frobnicator is unreachable")
                .hasMessageContaining("ARENA_REQUIRE_SERVICES");
    }

    @Test
    void skipsWithTheReasonOtherwise() {
        assertThatThrownBy(() -> RequiredServices.require("the frobnicator", RequiredServicesTest::unreachable, false))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("the frobnicator is unreachable")
                .hasMessageContaining("connection refused");
    }

    private static String unreachable() throws IOException {
        throw new IOException("connection refused");
    }
}

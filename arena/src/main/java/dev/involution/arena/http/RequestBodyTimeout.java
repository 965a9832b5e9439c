package dev.involution.arena.http;

import java.time.Duration;

/** A request body that did not arrive in full within the body timeout: answered 408, connection closed. */
public final class RequestBodyTimeout extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RequestBodyTimeout(Duration timeout) {
        super("the request body did not arrive within " + timeout.toSeconds() + " s of its head", null, false, false);
    }
}

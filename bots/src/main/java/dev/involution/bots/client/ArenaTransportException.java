package dev.involution.bots.client;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * No answer came from the arena (connection refused or reset, timeout), and the retry policy gave
 * up or could not retry safely. For a request that changes something and could not be repeated
 * safely (registering, creating a match), whether it took effect is unknown.
 */
public class ArenaTransportException extends UncheckedIOException {
    private static final long serialVersionUID = 1L;

    public ArenaTransportException(String message, IOException cause) {
        super(message, cause);
    }
}

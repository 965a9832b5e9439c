package dev.involution.arena.http;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** The failure itself out of the wrappings that futures and completion stages put around it. */
public final class FailureCause {
    private FailureCause() {
    }

    /** {@code failure} without its {@link CompletionException} and {@link ExecutionException} wrappings. */
    public static Throwable of(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}

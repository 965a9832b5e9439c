package dev.involution.arena.lab;

/** A bad argument to the {@code lab} command; its message says what is wrong and what is allowed. */
public final class LabUsageException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public LabUsageException(String message) {
        super(message);
    }
}

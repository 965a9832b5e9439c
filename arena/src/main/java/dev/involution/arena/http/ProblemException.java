package dev.involution.arena.http;

/**
 * Carries a {@link Problem} out of request handling; the arena's exception handler answers it as
 * {@code application/problem+json}. Routes may also complete with
 * {@link ProblemResponses#complete(Problem)} directly.
 */
public final class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}

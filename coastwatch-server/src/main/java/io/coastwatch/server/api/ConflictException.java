package io.coastwatch.server.api;

/**
 * A request that conflicts with the state of the records it names (an id taken, an alert already
 * closed, a source that cannot be removed): thrown by services, answered 409 with its message by
 * {@link ProblemAdvice}, the one place that maps conflicts (see {@code docs/development.md}, API).
 */
public final class ConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}

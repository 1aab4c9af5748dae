package io.coastwatch.server.source;

/** A change to the sources that conflicts with those there are (an id taken, a source that cannot be removed). */
public final class SourceConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SourceConflictException(String message) {
        super(message);
    }
}

package io.coastwatch.operations.common;

/** What a use case was asked to act on does not exist (or is not visible to the actor). The server answers 404. */
public final class NotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotFound(String message) {
        super(message);
    }
}

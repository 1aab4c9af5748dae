package io.coastwatch.operations.common;

/**
 * The actor's role or unit does not allow what was asked on this record (another station's trip, a
 * case not shared with the liaison's agency). The server answers 403. Records the actor may not even
 * see are {@link NotFound} instead, so that their existence is not disclosed.
 */
public final class OutOfScope extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OutOfScope(String message) {
        super(message);
    }
}

package io.coastwatch.operations.common;

/**
 * What a use case was asked contradicts the record's state: a transition its state does not allow, an
 * id that exists already, a change based on a version that is no longer the latest. The server answers 409.
 */
public final class StateConflict extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StateConflict(String message) {
        super(message);
    }
}

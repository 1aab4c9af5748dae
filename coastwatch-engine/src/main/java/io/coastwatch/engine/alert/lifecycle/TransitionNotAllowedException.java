package io.coastwatch.engine.alert.lifecycle;

/** A person asked for a transition the alert's state does not allow (the API answers 409). */
public final class TransitionNotAllowedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TransitionNotAllowedException(String message) {
        super(message);
    }
}

package io.coastwatch.server.alert;

/** A person asked for a transition the alert's state does not allow (the API answers 409). */
public final class AlertConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AlertConflictException(String message) {
        super(message);
    }
}

package io.coastwatch.engine.registry;

/** A registry file that cannot be imported: the message names the line (CSV) or record (JSON) and why. */
public final class RegistryImportException extends Exception {
    private static final long serialVersionUID = 1L;

    public RegistryImportException(String message) {
        super(message);
    }

    public RegistryImportException(String message, Throwable cause) {
        super(message, cause);
    }
}

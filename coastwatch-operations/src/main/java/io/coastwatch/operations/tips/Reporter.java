package io.coastwatch.operations.tips;

/**
 * Who gave a tip: anonymous, or their name, phone and vessel. Protected: shown only to the command's own
 * people who work tips, never to a liaison of another agency and never exported ({@link Tip#withoutReporter()}).
 * Immutable.
 *
 * @param name the reporter's name, or {@code null}
 * @param phone their phone number, or {@code null}
 * @param vessel the vessel they were on (registration number or name), or {@code null}
 */
public record Reporter(String name, String phone, String vessel) {

    /** Nobody known. */
    public static final Reporter ANONYMOUS = new Reporter(null, null, null);

    /** Whether nothing is known of the reporter. */
    public boolean anonymous() {
        return name == null && phone == null && vessel == null;
    }
}

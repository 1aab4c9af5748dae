package io.coastwatch.engine.alert;

/** How urgent an alert is, least urgent first (so severities compare by {@link #compareTo}). */
public enum Severity {
    /** Worth recording; nobody needs to act now. */
    INFO,
    /** The duty officer should look at it this watch. */
    WARNING,
    /** Act now: the console sounds and shows a banner. */
    CRITICAL;

    /** The more urgent of {@code a} and {@code b}. */
    public static Severity higher(Severity a, Severity b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}

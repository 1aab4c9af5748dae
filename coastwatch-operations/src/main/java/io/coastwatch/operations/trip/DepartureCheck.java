package io.coastwatch.operations.trip;

import java.util.Objects;

/**
 * One check of a departure declaration as computed at once from the registry snapshot and the VMS
 * state. Immutable.
 *
 * @param check what was checked ({@code licence}, {@code vms-transmitting} …)
 * @param outcome pass, fail or not applicable
 * @param reasonCode the refusal reason a failure gives ({@code licence-expired}), or {@code null} when it passes
 * @param legalReferenceId the catalogue's provision the reason rests on, or {@code null}
 * @param detail what the check saw, in English, for the officer and the audit ({@code "licence valid until 2026-05-31"})
 */
public record DepartureCheck(String check, CheckOutcome outcome, String reasonCode, String legalReferenceId,
        String detail) {

    public DepartureCheck {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(detail, "detail");
        if ((outcome == CheckOutcome.FAIL) != (reasonCode != null)) {
            throw new IllegalArgumentException("a failed check, and only a failed one, gives a reason: " + check);
        }
    }
}

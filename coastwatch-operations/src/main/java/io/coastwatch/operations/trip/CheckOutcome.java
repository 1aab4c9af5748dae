package io.coastwatch.operations.trip;

import io.coastwatch.operations.common.Slugs;

/** What one departure check found: the vessel passes it, fails it, or it does not apply to the vessel. */
public enum CheckOutcome {
    PASS, FAIL, NOT_APPLICABLE;

    /** The API's code: {@code pass}, {@code fail}, {@code not-applicable}. */
    public String slug() {
        return Slugs.of(this);
    }
}

package io.coastwatch.operations.cases;

import java.util.Objects;

/**
 * A case's number, counted per unit and year as the command's registers count them: {@code 45/VV-ĐBPCN}
 * is the 45th case (vụ việc) the unit of code {@code ĐBPCN} opened in its year. The number stays with
 * the case when it is assigned to another unit. Immutable.
 *
 * @param unitId the unit that opened the case and counts it
 * @param unitCode that unit's short code when the case was opened
 * @param year the year (Vietnam's calendar) the case was opened in
 * @param sequence its place in that unit's cases of the year, from 1
 */
public record CaseNumber(String unitId, String unitCode, int year, int sequence) {

    public CaseNumber {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(unitCode, "unitCode");
        if (sequence < 1) {
            throw new IllegalArgumentException("a case's sequence starts at 1, not " + sequence);
        }
    }

    /** The number as written on the case's papers: {@code 45/VV-ĐBPCN}. */
    public String text() {
        return sequence + "/VV-" + unitCode;
    }
}

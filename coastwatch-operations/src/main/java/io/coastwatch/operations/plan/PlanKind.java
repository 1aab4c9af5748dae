package io.coastwatch.operations.plan;

import java.util.Arrays;
import java.util.Optional;

/** What a plan is: a congress resolution over years, a year's plan, or a campaign of weeks or months. */
public enum PlanKind {
    RESOLUTION("resolution"),
    YEAR_PLAN("year-plan"),
    CAMPAIGN("campaign");

    private final String code;

    PlanKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<PlanKind> ofCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }
}

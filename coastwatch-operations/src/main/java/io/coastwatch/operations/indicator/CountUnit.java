package io.coastwatch.operations.indicator;

import io.coastwatch.operations.common.Label;
import io.coastwatch.operations.common.Slugs;
import java.util.Arrays;
import java.util.Optional;

/**
 * What an indicator counts in (đơn vị tính, the report's ĐVT column): times (lượt), cases (vụ),
 * persons (đối tượng), vessels (phương tiện), a percentage, hours, minutes, Vietnamese đồng. The
 * vocabulary of the review's tables, not an organisational fact: the indicators that use them are
 * data ({@link IndicatorCatalog}).
 */
public enum CountUnit {
    TIMES(new Label("lượt", "times")),
    CASES(new Label("vụ", "cases")),
    PERSONS(new Label("đối tượng", "persons")),
    VESSELS(new Label("phương tiện", "vessels")),
    PERCENT(new Label("%", "%")),
    HOURS(new Label("giờ", "hours")),
    MINUTES(new Label("phút", "minutes")),
    DONG(new Label("đồng", "VND"));

    private final Label label;

    CountUnit(Label label) {
        this.label = label;
    }

    /** The API's and the files' code, e.g. {@code vessels}. */
    public String code() {
        return Slugs.of(this);
    }

    /** The ĐVT as printed, e.g. {@code phương tiện}. */
    public Label label() {
        return label;
    }

    public static Optional<CountUnit> ofCode(String code) {
        return Arrays.stream(values()).filter(unit -> unit.code().equals(code)).findFirst();
    }
}

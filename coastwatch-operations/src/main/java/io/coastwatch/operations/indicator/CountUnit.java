package io.coastwatch.operations.indicator;

import io.coastwatch.operations.common.Label;
import java.util.Arrays;
import java.util.Optional;

/**
 * What an indicator counts in (đơn vị tính, the report's ĐVT column): times (lượt), cases (vụ),
 * persons (đối tượng), vessels (phương tiện), a percentage, hours, minutes, Vietnamese đồng. The
 * vocabulary of the review's tables, not an organisational fact: the indicators that use them are
 * data ({@link IndicatorCatalog}).
 */
public enum CountUnit {
    TIMES("times", new Label("lượt", "times")),
    CASES("cases", new Label("vụ", "cases")),
    PERSONS("persons", new Label("đối tượng", "persons")),
    VESSELS("vessels", new Label("phương tiện", "vessels")),
    PERCENT("percent", new Label("%", "%")),
    HOURS("hours", new Label("giờ", "hours")),
    MINUTES("minutes", new Label("phút", "minutes")),
    DONG("dong", new Label("đồng", "VND"));

    private final String code;
    private final Label label;

    CountUnit(String code, Label label) {
        this.code = code;
        this.label = label;
    }

    /** The API's and the files' code, e.g. {@code vessels}. */
    public String code() {
        return code;
    }

    /** The ĐVT as printed, e.g. {@code phương tiện}. */
    public Label label() {
        return label;
    }

    public static Optional<CountUnit> ofCode(String code) {
        return Arrays.stream(values()).filter(unit -> unit.code.equals(code)).findFirst();
    }
}

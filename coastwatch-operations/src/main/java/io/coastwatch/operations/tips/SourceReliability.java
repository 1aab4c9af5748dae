package io.coastwatch.operations.tips;

import io.coastwatch.operations.common.Label;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How reliable the source of a tip has been, graded A to F as the intelligence services' "Admiralty"
 * code grades sources (the grades' meaning is that code's).
 */
public enum SourceReliability {
    A(new Label("Hoàn toàn tin cậy", "Completely reliable")),
    B(new Label("Thường tin cậy", "Usually reliable")),
    C(new Label("Khá tin cậy", "Fairly reliable")),
    D(new Label("Thường không tin cậy", "Not usually reliable")),
    E(new Label("Không tin cậy", "Unreliable")),
    F(new Label("Chưa đánh giá được", "Reliability cannot be judged"));

    private final Label label;

    SourceReliability(Label label) {
        this.label = label;
    }

    /** As the API names it: {@code a} … {@code f}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Label label() {
        return label;
    }

    /** @throws IllegalArgumentException naming the known codes when {@code code} is none of them */
    public static SourceReliability of(String code) {
        return Arrays.stream(values()).filter(grade -> grade.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown reliability '" + code + "'; one of "
                        + Arrays.stream(values()).map(SourceReliability::code).collect(Collectors.joining(", "))));
    }
}

package io.coastwatch.operations.tips;

import io.coastwatch.operations.common.Label;
import java.util.Arrays;
import java.util.stream.Collectors;

/** How credible what a tip says is, graded 1 to 6 as the "Admiralty" code grades information. */
public enum InformationCredibility {
    CONFIRMED(1, new Label("Đã được nguồn khác xác nhận", "Confirmed by other sources")),
    PROBABLY_TRUE(2, new Label("Có thể đúng", "Probably true")),
    POSSIBLY_TRUE(3, new Label("Có khả năng đúng", "Possibly true")),
    DOUBTFUL(4, new Label("Đáng ngờ", "Doubtful")),
    IMPROBABLE(5, new Label("Khó xảy ra", "Improbable")),
    CANNOT_BE_JUDGED(6, new Label("Chưa đánh giá được", "Truth cannot be judged"));

    private final int grade;
    private final Label label;

    InformationCredibility(int grade, Label label) {
        this.grade = grade;
        this.label = label;
    }

    /** As the API names it: {@code 1} … {@code 6}. */
    public String code() {
        return Integer.toString(grade);
    }

    public Label label() {
        return label;
    }

    /** @throws IllegalArgumentException naming the known codes when {@code code} is none of them */
    public static InformationCredibility of(String code) {
        return Arrays.stream(values()).filter(credibility -> credibility.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown credibility '" + code + "'; one of "
                        + Arrays.stream(values()).map(InformationCredibility::code).collect(Collectors.joining(", "))));
    }
}

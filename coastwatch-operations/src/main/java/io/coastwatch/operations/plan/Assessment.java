package io.coastwatch.operations.plan;

import io.coastwatch.operations.common.Label;
import io.coastwatch.operations.common.Slugs;

/** The review's judgement of a result against its target (Đánh giá). */
public enum Assessment {
    /** Met (Đạt): the target reached exactly, or a zero target kept. */
    MET(new Label("Đạt", "Met")),
    /** Exceeded (Vượt): beyond the target in the good direction. */
    EXCEEDED(new Label("Vượt", "Exceeded")),
    /** Not met (Chưa đạt). */
    NOT_MET(new Label("Chưa đạt", "Not met"));

    private final Label label;

    Assessment(Label label) {
        this.label = label;
    }

    /** The API's code: {@code met}, {@code exceeded}, {@code not-met}. */
    public String code() {
        return Slugs.of(this);
    }

    public Label label() {
        return label;
    }
}

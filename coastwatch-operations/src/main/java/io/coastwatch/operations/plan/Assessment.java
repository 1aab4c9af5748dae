package io.coastwatch.operations.plan;

import io.coastwatch.operations.common.Label;

/** The review's judgement of a result against its target (Đánh giá). */
public enum Assessment {
    /** Met (Đạt): the target reached exactly, or a zero target kept. */
    MET("met", new Label("Đạt", "Met")),
    /** Exceeded (Vượt): beyond the target in the good direction. */
    EXCEEDED("exceeded", new Label("Vượt", "Exceeded")),
    /** Not met (Chưa đạt). */
    NOT_MET("not-met", new Label("Chưa đạt", "Not met"));

    private final String code;
    private final Label label;

    Assessment(String code, Label label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public Label label() {
        return label;
    }
}

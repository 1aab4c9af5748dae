package io.coastwatch.operations.tips.usecase;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.access.UnitScope;
import io.coastwatch.operations.common.InvalidRequest;
import io.coastwatch.operations.tips.Tip;

/** Records what the reporter was told back (thanked, told the outcome), at most 2,000 characters. Audited as {@code feedback}. */
public final class RecordTipFeedback {

    private static final int MAX_LENGTH = 2_000;

    private final TipDesk desk;

    public RecordTipFeedback(TipDesk desk) {
        this.desk = desk;
    }

    /** @throws InvalidRequest naming {@code text} when blank or too long */
    public Tip execute(Actor actor, UnitScope scope, String tipId, String text) {
        String feedback = text == null ? "" : text.strip();
        if (feedback.isEmpty() || feedback.length() > MAX_LENGTH) {
            throw InvalidRequest.of("text", feedback.isEmpty() ? "required" : "too-long",
                    "feedback is 1 to " + MAX_LENGTH + " characters");
        }
        return desk.transactions().write(() -> {
            Tip before = desk.visible(scope, tipId);
            Tip after = before.noted(desk.step(actor, "feedback", before.state(), feedback));
            desk.saved(actor, "feedback", before, after);
            return after;
        });
    }
}

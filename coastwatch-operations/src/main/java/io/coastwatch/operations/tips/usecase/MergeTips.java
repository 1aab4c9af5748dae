package io.coastwatch.operations.tips.usecase;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.access.UnitScope;
import io.coastwatch.operations.common.InvalidRequest;
import io.coastwatch.operations.common.StateConflict;
import io.coastwatch.operations.tips.Tip;
import io.coastwatch.operations.tips.TipState;

/**
 * Merges a tip into another that tells of the same thing: the duplicate becomes {@code duplicate},
 * naming the tip it was merged into, which records that it absorbed it. Both must be open and in the
 * actor's scope. Audited as {@code merge} on the duplicate and {@code absorb} on the other.
 */
public final class MergeTips {

    private final TipDesk desk;

    public MergeTips(TipDesk desk) {
        this.desk = desk;
    }

    /**
     * @return the duplicate after
     * @throws InvalidRequest naming {@code intoId} when it is the tip itself
     * @throws StateConflict when either tip is not open
     */
    public Tip execute(Actor actor, UnitScope scope, String duplicateId, String intoId) {
        if (duplicateId.equals(intoId)) {
            throw InvalidRequest.of("intoId", "bad-format", "a tip is not merged into itself");
        }
        return desk.transactions().write(() -> {
            Tip duplicate = desk.visible(scope, duplicateId);
            Tip into = desk.visible(scope, intoId);
            if (!into.state().isOpen()) {
                throw new StateConflict("tip " + intoId + " is " + into.state().code() + ": merge into an open tip");
            }
            Tip merged = duplicate.moved(TipState.DUPLICATE, desk.step(actor, "merge", TipState.DUPLICATE, intoId), null,
                    intoId);
            desk.saved(actor, "merge", duplicate, merged);
            desk.saved(actor, "absorb", into, into.noted(desk.step(actor, "absorb", into.state(), duplicateId)));
            return merged;
        });
    }
}

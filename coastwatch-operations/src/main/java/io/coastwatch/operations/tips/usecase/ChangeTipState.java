package io.coastwatch.operations.tips.usecase;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.access.UnitScope;
import io.coastwatch.operations.common.InvalidRequest;
import io.coastwatch.operations.tips.Tip;
import io.coastwatch.operations.tips.TipState;

/**
 * Triages a tip, starts its verification or finds it unfounded (with the comment saying why). A tip is
 * confirmed by {@link ConfirmTip} (it opens or joins a case) and merged by {@link MergeTips}. Audited as
 * {@code change-state}.
 */
public final class ChangeTipState {

    private final TipDesk desk;

    public ChangeTipState(TipDesk desk) {
        this.desk = desk;
    }

    /**
     * @throws InvalidRequest naming {@code state} for confirmed or duplicate, {@code comment} when finding it
     *     unfounded without one
     * @throws io.coastwatch.operations.common.StateConflict when the tip's state does not allow it
     */
    public Tip execute(Actor actor, UnitScope scope, String tipId, TipState to, String comment) {
        if (to == TipState.CONFIRMED || to == TipState.DUPLICATE || to == TipState.RECEIVED) {
            throw InvalidRequest.of("state", "unknown-value", "a tip becomes " + to.code()
                    + (to == TipState.RECEIVED ? " only when taken" : " by its own action (confirm, merge)"));
        }
        if (to == TipState.UNFOUNDED && comment == null) {
            throw InvalidRequest.of("comment", "required", "finding a tip unfounded needs a comment saying why");
        }
        return desk.transactions().write(() -> {
            Tip before = desk.visible(scope, tipId);
            Tip after = before.moved(to, desk.step(actor, "change-state", to, comment), null, null);
            desk.saved(actor, "change-state", before, after);
            return after;
        });
    }
}

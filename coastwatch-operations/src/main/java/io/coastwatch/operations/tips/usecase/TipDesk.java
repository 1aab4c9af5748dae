package io.coastwatch.operations.tips.usecase;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.access.UnitScope;
import io.coastwatch.operations.audit.AuditLog;
import io.coastwatch.operations.audit.AuditRecord;
import io.coastwatch.operations.cases.usecase.CaseDesk;
import io.coastwatch.operations.common.NotFound;
import io.coastwatch.operations.common.Transactions;
import io.coastwatch.operations.tips.Landmarks;
import io.coastwatch.operations.tips.Tip;
import io.coastwatch.operations.tips.TipRepository;
import java.time.Clock;

/**
 * What the tip use cases work on — the transaction, the audit log, the tips, the landmarks, the cases
 * (a confirmed tip opens or joins one) and the clock — and the rule they share: a tip belongs to the
 * unit that took it; whoever's scope holds that unit sees and works it (out of scope it is not found).
 * Which roles may is the access table's. Immutable and thread-safe.
 */
public record TipDesk(Transactions transactions, AuditLog audit, TipRepository tips, Landmarks landmarks, CaseDesk cases,
        Clock clock) {

    /** The audit's entity of a tip. */
    public static final String ENTITY = "tip";

    /** @throws NotFound when there is no tip {@code id} in {@code scope} */
    public Tip visible(UnitScope scope, String id) {
        return tips.find(id).filter(tip -> scope.includesUnit(tip.unitId()))
                .orElseThrow(() -> new NotFound("no tip " + id));
    }

    /** Stores {@code after} and audits it as {@code actor}'s {@code action}, in the caller's transaction. */
    void saved(Actor actor, String action, Tip before, Tip after) {
        tips.save(after);
        audit.append(AuditRecord.of(actor, after.unitId(), action, ENTITY, after.id(), before, after));
    }

    /** A step of {@code actor}'s now. */
    Tip.Step step(Actor actor, String action, io.coastwatch.operations.tips.TipState to, String text) {
        return new Tip.Step(clock.instant(), actor.account(), action, to, text);
    }
}

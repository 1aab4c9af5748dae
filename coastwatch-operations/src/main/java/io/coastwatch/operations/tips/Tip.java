package io.coastwatch.operations.tips;

import io.coastwatch.operations.common.StateConflict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A people's report (tin báo của nhân dân): who took it, from whom and how, what was seen where and
 * when, how far it is to be believed, and where it stands; its history of steps and of the feedback
 * given to the reporter. Immutable: each step is a new value ({@link #step}).
 *
 * @param id its record id
 * @param unitId the unit that took it and works it
 * @param channel how it came
 * @param reporter who gave it (protected)
 * @param receivedAt when it was taken
 * @param receivedBy the account that took it
 * @param observedAt when what it tells was seen
 * @param place where, or {@code null} when the reporter could not say
 * @param vessels the vessels it is about
 * @param kindId its kind, from the shared catalogue
 * @param description what the reporter said
 * @param reliability how reliable the source is
 * @param credibility how credible the information is
 * @param state where it stands
 * @param caseId the case it opened or joined once confirmed, else {@code null}
 * @param duplicateOf the tip it was merged into when a duplicate, else {@code null}
 * @param history its steps and feedback, oldest first
 */
public record Tip(String id, String unitId, TipChannel channel, Reporter reporter, Instant receivedAt, String receivedBy,
        Instant observedAt, TipPlace place, List<SubjectVessel> vessels, String kindId, String description,
        SourceReliability reliability, InformationCredibility credibility, TipState state, String caseId,
        String duplicateOf, List<Step> history) {

    public Tip {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(observedAt, "observedAt");
        vessels = List.copyOf(vessels);
        Objects.requireNonNull(kindId, "kindId");
        Objects.requireNonNull(reliability, "reliability");
        Objects.requireNonNull(credibility, "credibility");
        Objects.requireNonNull(state, "state");
        history = List.copyOf(history);
    }

    /**
     * One step of a tip's history.
     *
     * @param action {@code receive}, {@code change-state}, {@code merge} (this tip merged into another),
     *     {@code absorb} (another merged into this), {@code confirm} or {@code feedback}
     * @param to the state after it
     * @param text the comment, the feedback given, or the other tip's or the case's id
     */
    public record Step(Instant at, String account, String action, TipState to, String text) {
        public Step {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(to, "to");
        }
    }

    /**
     * This tip moved to {@code to} by {@code step}.
     *
     * @throws StateConflict when its state does not allow {@code to}
     */
    public Tip moved(TipState to, Step step, String caseId, String duplicateOf) {
        if (to != state && !state.next().contains(to)) {
            throw new StateConflict("tip " + id + " is " + state.code() + ": it cannot become " + to.code());
        }
        return with(step, to, caseId, duplicateOf);
    }

    /** This tip with {@code step} added and its state unchanged (feedback, another tip absorbed). */
    public Tip noted(Step step) {
        return with(step, state, caseId, duplicateOf);
    }

    /** The tip as shown to someone who may not know the reporter: anonymous. */
    public Tip withoutReporter() {
        return new Tip(id, unitId, channel, Reporter.ANONYMOUS, receivedAt, receivedBy, observedAt, place, vessels, kindId,
                description, reliability, credibility, state, caseId, duplicateOf, history);
    }

    private Tip with(Step step, TipState to, String caseId, String duplicateOf) {
        List<Step> steps = new ArrayList<>(history);
        steps.add(step);
        return new Tip(id, unitId, channel, reporter, receivedAt, receivedBy, observedAt, place, vessels, kindId,
                description, reliability, credibility, to, caseId, duplicateOf, steps);
    }
}

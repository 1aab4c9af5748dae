package io.coastwatch.server.tips;

import io.coastwatch.operations.tips.SubjectVessel;
import io.coastwatch.operations.tips.Tip;
import io.coastwatch.operations.tips.TipPlace;
import java.util.List;

/**
 * A tip as the API shows it: codes as the API names them ({@code hf-radio}, {@code b}, {@code 2},
 * {@code verifying}), times ISO-8601; the reporter as the caller may see it ({@code anonymous} when
 * nothing of them is shown).
 */
public record TipView(String id, String unitId, String channel, ReporterView reporter, String receivedAt,
        String receivedBy, String observedAt, TipPlace place, List<SubjectVessel> vessels, String kindId,
        String description, String reliability, String credibility, String state, String caseId, String duplicateOf,
        List<StepView> history) {

    /** The reporter; every field {@code null} and {@code anonymous} when none is given or shown. */
    public record ReporterView(boolean anonymous, String name, String phone, String vessel) {
    }

    /** One step of the tip's history. */
    public record StepView(String at, String account, String action, String state, String text) {
    }

    static TipView of(Tip tip) {
        return new TipView(tip.id(), tip.unitId(), tip.channel().code(), new ReporterView(tip.reporter().anonymous(),
                tip.reporter().name(), tip.reporter().phone(), tip.reporter().vessel()), tip.receivedAt().toString(),
                tip.receivedBy(), tip.observedAt().toString(), tip.place(), tip.vessels(), tip.kindId(), tip.description(),
                tip.reliability().code(), tip.credibility().code(), tip.state().code(), tip.caseId(), tip.duplicateOf(),
                tip.history().stream().map(step -> new StepView(step.at().toString(), step.account(), step.action(),
                        step.to().code(), step.text())).toList());
    }
}

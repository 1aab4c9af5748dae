package io.coastwatch.operations.cases.usecase;

import io.coastwatch.engine.alert.Severity;
import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.access.UnitScope;
import io.coastwatch.operations.cases.CaseIntake;
import io.coastwatch.operations.cases.CasePlace;
import io.coastwatch.operations.cases.CaseSummary;
import io.coastwatch.operations.cases.CaseVessel;
import java.util.List;
import java.util.Optional;

/**
 * {@link CaseIntake} on the case use cases: a report whose source is linked to an open case already
 * joins that case (the vessels it names that the case does not hold are added, and nothing else is
 * written); otherwise a new case is opened with the report's kind, unit, time and place, of severity
 * {@link Severity#WARNING}, its source linked. The actor's scope is computed from the organisation of
 * today and must hold the report's unit. Joins the caller's transaction (or runs in one of its own),
 * audited there. Thread-safe.
 */
public final class CaseIntakeService implements CaseIntake {

    private final CaseDesk desk;
    private final OpenCase open;

    public CaseIntakeService(CaseDesk desk) {
        this.desk = desk;
        this.open = new OpenCase(desk);
    }

    /**
     * @throws io.coastwatch.operations.common.InvalidRequest when the kind or the unit is unknown
     * @throws io.coastwatch.operations.common.OutOfScope when the unit is outside the actor's scope
     */
    @Override
    public String open(Actor actor, Report report) {
        UnitScope scope = UnitScope.of(actor, desk.units().treeOn(desk.today()));
        List<CaseVessel> vessels = report.vesselIds().stream().map(CaseVessel::ofVesselId).toList();
        return desk.transactions().write(() -> {
            Optional<CaseSummary> joined = desk.cases().linkedTo(report.source()).stream()
                    .filter(linked -> linked.state().isOpen() && scope.includesUnit(linked.unitId())).findFirst();
            if (joined.isPresent()) {
                String caseId = joined.get().id();
                for (CaseVessel vessel : vessels) {
                    if (!desk.visible(scope, caseId).involves(vessel)) {
                        new AddCaseInvolvement(desk).vessel(actor, scope, caseId, vessel);
                    }
                }
                return caseId;
            }
            return open.execute(actor, scope, new OpenCase.Request(report.incidentKindId(), Severity.WARNING,
                    report.summary(), report.time(), CasePlace.point(report.latitude(), report.longitude()),
                    report.unitId(), null, vessels, report.source())).id();
        });
    }
}

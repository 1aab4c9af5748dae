package io.coastwatch.store.tips;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.access.Role;
import io.coastwatch.operations.access.RoleAssignment;
import io.coastwatch.operations.access.UnitScope;
import io.coastwatch.operations.audit.AuditEntry;
import io.coastwatch.operations.audit.AuditQuery;
import io.coastwatch.operations.cases.CaseIntake.SourceRef;
import io.coastwatch.operations.cases.IncidentCase;
import io.coastwatch.operations.cases.usecase.CaseDesk;
import io.coastwatch.operations.catalog.Catalog;
import io.coastwatch.operations.common.InvalidRequest;
import io.coastwatch.operations.common.NotFound;
import io.coastwatch.operations.common.StateConflict;
import io.coastwatch.operations.tips.InformationCredibility;
import io.coastwatch.operations.tips.Landmarks;
import io.coastwatch.operations.tips.Reporter;
import io.coastwatch.operations.tips.SourceReliability;
import io.coastwatch.operations.tips.SubjectVessel;
import io.coastwatch.operations.tips.Tip;
import io.coastwatch.operations.tips.TipChannel;
import io.coastwatch.operations.tips.TipPlace;
import io.coastwatch.operations.tips.TipQuery;
import io.coastwatch.operations.tips.TipState;
import io.coastwatch.operations.tips.usecase.ChangeTipState;
import io.coastwatch.operations.tips.usecase.ConfirmTip;
import io.coastwatch.operations.tips.usecase.MergeSuggestions;
import io.coastwatch.operations.tips.usecase.MergeTips;
import io.coastwatch.operations.tips.usecase.ReceiveTip;
import io.coastwatch.operations.tips.usecase.RecordTipFeedback;
import io.coastwatch.operations.tips.usecase.TipDesk;
import io.coastwatch.store.cases.JdbcCaseRepository;
import io.coastwatch.store.plan.TestCommand;
import io.coastwatch.store.testing.DatabaseTestBase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The tips on every backend: {@link JdbcTipRepository} under the tip use cases, on the real
 * transactions and audit log — taken with a place told from a landmark, triaged, merged, confirmed
 * into a case (linked both ways), feedback recorded, the merge suggestions, scope and searches.
 */
abstract class TipStoreContract extends DatabaseTestBase {
    private static final Instant NOW = Instant.parse("2026-07-15T03:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Actor DUTY = new Actor("truc-ban", null, List.of(RoleAssignment.in(Role.DUTY_OFFICER, TestCommand.NINH_CHU)));
    private static final Actor CA_NA = new Actor("can-bo-cn", null, List.of(RoleAssignment.in(Role.STATION_OFFICER, TestCommand.CA_NA)));

    private JdbcTipRepository tips;
    private JdbcCaseRepository cases;
    private TipDesk desk;
    private UnitScope scope;
    private UnitScope caNaScope;

    @BeforeEach
    void desk() {
        TestCommand.seed(database);
        tips = new JdbcTipRepository(database.transactions());
        cases = new JdbcCaseRepository(database.transactions());
        CaseDesk caseDesk = new CaseDesk(database.transactions(), database.audit(), cases, database.units(),
                database.persons(), database.agencies(), Catalog.seeded(), CLOCK);
        desk = new TipDesk(database.transactions(), database.audit(), tips, Landmarks.seeded(), caseDesk, CLOCK);
        scope = UnitScope.of(DUTY, database.units().treeOn(caseDesk.today()));
        caNaScope = UnitScope.of(CA_NA, database.units().treeOn(caseDesk.today()));
    }

    private Tip receive(ReceiveTip.Where where, Instant observedAt, String registration) {
        return new ReceiveTip(desk).execute(DUTY, scope, new ReceiveTip.Request(TestCommand.NINH_CHU, TipChannel.HF_RADIO,
                new Reporter("Lê Văn Tư", "0912345678", "NT-91234-TS"), observedAt, where,
                List.of(new SubjectVessel(registration, null, "tàu vỏ xanh", null)), "illegal-fishing-explosives",
                "Nghe tiếng nổ, thấy tàu vớt cá", SourceReliability.B, InformationCredibility.PROBABLY_TRUE));
    }

    @Test
    void aTipToldFromAnIslandIsStoredWithItsPointAndUncertaintyAndAudited() {
        Tip tip = receive(new ReceiveTip.Where(null, null, "LM-HONCAU", 12.0, 90.0), NOW.minusSeconds(1800), "BTh-1234");
        assertEquals(tip, tips.find(tip.id()).orElseThrow());
        TipPlace place = tip.place();
        assertEquals(11.223, place.latitude(), 0.01, "due east keeps the latitude");
        assertEquals(108.818 + 12.0 / 60 / Math.cos(Math.toRadians(11.223)), place.longitude(), 0.005);
        assertEquals(12 * 1852 * Math.sqrt(0.01 + Math.pow(Math.sin(Math.toRadians(10)), 2)), place.uncertaintyMetres(), 1);
        assertEquals("LM-HONCAU", place.landmarkId());
        assertEquals(TipState.RECEIVED, tip.state());
        AuditEntry audited = database.audit().find(AuditQuery.all(1)).getFirst();
        assertEquals(List.of("receive", "tip", tip.id()), List.of(audited.action(), audited.entity(), audited.entityId()));
        assertEquals(Reporter.ANONYMOUS, tip.withoutReporter().reporter());

        InvalidRequest landmark = assertThrows(InvalidRequest.class,
                () -> receive(new ReceiveTip.Where(null, null, "LM-NOWHERE", 12.0, 90.0), NOW, "x"));
        assertEquals("landmarkId", landmark.problems().getFirst().field());
        InvalidRequest bearing = assertThrows(InvalidRequest.class,
                () -> receive(new ReceiveTip.Where(null, null, "LM-HONCAU", 12.0, 360.0), NOW, "x"));
        assertEquals("bearingDegrees", bearing.problems().getFirst().field());
        assertEquals(1, tips.count(TipQuery.all(1)));
    }

    @Test
    void tipsNearInSpaceAndTimeOrOfOneVesselAreOfferedAndAMergeIsRecordedOnBoth() {
        Tip first = receive(new ReceiveTip.Where(11.5, 109.2, null, null, null), NOW.minusSeconds(3600), "BTh-1234");
        Tip near = receive(new ReceiveTip.Where(11.51, 109.21, null, null, null), NOW.minusSeconds(1800), "NT-5");
        Tip sameVessel = receive(new ReceiveTip.Where(11.9, 109.5, null, null, null), NOW.minusSeconds(600), "bth-1234");
        Tip farAndLate = receive(new ReceiveTip.Where(11.51, 109.21, null, null, null), NOW.minusSeconds(5 * 3600), "NT-6");
        MergeSuggestions suggestions = new MergeSuggestions(desk, vessel -> vessel.equals("574000001") ? List.of("42") : List.of());

        List<MergeSuggestions.Suggestion> offered = suggestions.of(scope, first.id());
        assertEquals(Map.of(near.id(), "near", sameVessel.id(), "same-vessel"), offered.stream()
                .collect(java.util.stream.Collectors.toMap(MergeSuggestions.Suggestion::id, MergeSuggestions.Suggestion::reason)));
        assertTrue(offered.stream().noneMatch(s -> s.id().equals(farAndLate.id())), "5 h apart");

        Tip merged = new MergeTips(desk).execute(DUTY, scope, near.id(), first.id());
        assertEquals(TipState.DUPLICATE, merged.state());
        assertEquals(first.id(), tips.find(near.id()).orElseThrow().duplicateOf());
        Tip absorbing = tips.find(first.id()).orElseThrow();
        assertEquals("absorb", absorbing.history().getLast().action());
        assertEquals(near.id(), absorbing.history().getLast().text());
        assertThrows(StateConflict.class, () -> new MergeTips(desk).execute(DUTY, scope, sameVessel.id(), near.id()),
                "a duplicate absorbs nothing");
        assertTrue(suggestions.of(scope, first.id()).stream().noneMatch(s -> s.id().equals(near.id())), "merged: not offered");
        assertEquals(List.of("absorb", "merge"), database.audit().find(AuditQuery.all(2)).stream().map(AuditEntry::action).toList());
    }

    @Test
    void aConfirmedTipOpensACaseLinkedBothWaysAndAClosedTipStaysClosed() {
        Tip tip = receive(new ReceiveTip.Where(null, null, "LM-MUIDINH", 5.0, 135.0), NOW.minusSeconds(1800), "BTh-1234");
        new ChangeTipState(desk).execute(DUTY, scope, tip.id(), TipState.TRIAGED, null);
        new ChangeTipState(desk).execute(DUTY, scope, tip.id(), TipState.VERIFYING, "tàu tuần tra đến kiểm tra");
        Tip confirmed = new ConfirmTip(desk).execute(DUTY, scope, tip.id(), null, null);

        assertEquals(TipState.CONFIRMED, confirmed.state());
        IncidentCase opened = cases.find(confirmed.caseId()).orElseThrow();
        assertEquals(List.of(new SourceRef("tip", tip.id())), opened.sources());
        assertEquals("illegal-fishing-explosives", opened.kindId());
        assertEquals(tip.place().latitude(), opened.place().latitude(), 1e-9);
        assertEquals(List.of(TipState.RECEIVED, TipState.TRIAGED, TipState.VERIFYING, TipState.CONFIRMED),
                tips.find(tip.id()).orElseThrow().history().stream().map(Tip.Step::to).toList());
        assertThrows(StateConflict.class, () -> new ConfirmTip(desk).execute(DUTY, scope, tip.id(), null, null));
        assertThrows(StateConflict.class, () -> new ChangeTipState(desk).execute(DUTY, scope, tip.id(), TipState.VERIFYING, null));

        Tip second = receive(new ReceiveTip.Where(11.3, 109.1, null, null, null), NOW.minusSeconds(600), "BTh-9");
        Tip joined = new ConfirmTip(desk).execute(DUTY, scope, second.id(), opened.id(), "cùng vụ");
        assertEquals(opened.id(), joined.caseId());
        assertEquals(2, cases.find(opened.id()).orElseThrow().sources().size());

        Tip fed = new RecordTipFeedback(desk).execute(DUTY, scope, tip.id(), "Đã gọi lại cảm ơn ông Tư");
        assertEquals("feedback", fed.history().getLast().action());
        assertEquals(TipState.CONFIRMED, fed.state());
    }

    @Test
    void unfoundedNeedsAReasonAndAnotherStationNeitherSeesNorCountsTheTip() {
        Tip tip = receive(ReceiveTip.Where.UNKNOWN, NOW, "BTh-1");
        assertNull(tip.place());
        InvalidRequest reason = assertThrows(InvalidRequest.class,
                () -> new ChangeTipState(desk).execute(DUTY, scope, tip.id(), TipState.UNFOUNDED, null));
        assertEquals("comment", reason.problems().getFirst().field());
        assertEquals("state", assertThrows(InvalidRequest.class, () -> new ChangeTipState(desk).execute(DUTY, scope,
                tip.id(), TipState.CONFIRMED, null)).problems().getFirst().field());
        new ChangeTipState(desk).execute(DUTY, scope, tip.id(), TipState.UNFOUNDED, "không có tàu tại khu vực");
        assertThrows(NotFound.class, () -> desk.visible(caNaScope, tip.id()));
        assertEquals(0, tips.count(new TipQuery(Set.of(), Set.of(), caNaScope.unitIds(), null, null, 10, 0)));
        assertEquals(1, tips.count(new TipQuery(Set.of(TipState.UNFOUNDED), Set.of("illegal-fishing-explosives"),
                scope.unitIds(), NOW.minusSeconds(60), NOW.plusSeconds(60), 10, 0)));
    }
}

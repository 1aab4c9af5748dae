package io.coastwatch.engine.rule.zone;

import static io.coastwatch.engine.TestMessages.T0;
import static io.coastwatch.engine.TestMessages.units;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.engine.alert.Unit;
import io.coastwatch.ais.message.PositionReportClassA;
import io.coastwatch.ais.message.ShipDimensions;
import io.coastwatch.ais.message.StaticAndVoyageData;
import io.coastwatch.engine.alert.Detection;
import io.coastwatch.engine.alert.RuleType;
import io.coastwatch.engine.alert.Severity;
import io.coastwatch.engine.geo.LandMask;
import io.coastwatch.engine.registry.InMemoryVesselRegistry;
import io.coastwatch.engine.registry.RegisteredVessel;
import io.coastwatch.engine.rule.DeclaredFigures;
import io.coastwatch.engine.rule.EngineEnvironment;
import io.coastwatch.engine.rule.RuleDefinition;
import io.coastwatch.engine.rule.RuleEngine;
import io.coastwatch.engine.rule.RuleScope;
import io.coastwatch.engine.rule.catalog.StandardRules;
import io.coastwatch.engine.track.PlausibilityCheck;
import io.coastwatch.engine.track.VesselIds;
import io.coastwatch.engine.track.VesselTracker;
import io.coastwatch.engine.zone.Zone;
import io.coastwatch.engine.zone.ZoneKind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * The zone rules driven through the rule engine, one update at a time (tracker then engine, as the
 * pipeline's writer does), on small hand-made zones off the Ninh Thuận coast.
 */
class ZoneRulesTest {
    private static final LandMask LAND = LandMask.vietnamRegion();
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final long MINUTE = 60_000;
    private static final int VN_FISHER = 574_001_234;
    private static final int CN_FISHER = 412_000_111;

    private final VesselTracker tracker = new VesselTracker(new PlausibilityCheck(LAND));
    private final List<Detection> detections = new ArrayList<>();
    private RuleEngine engine;

    private static Polygon box(double west, double south, double east, double north) {
        return GEOMETRY.createPolygon(new Coordinate[] {new Coordinate(west, south), new Coordinate(east, south),
            new Coordinate(east, north), new Coordinate(west, north), new Coordinate(west, south)});
    }

    private void engine(List<Zone> zones, List<RegisteredVessel> registry, RuleDefinition... rules) {
        engine = new RuleEngine(List.of(rules), new EngineEnvironment(zones,
                new InMemoryVesselRegistry(registry, List.of()), LAND), new StandardRules(), detection -> {
                    DeclaredFigures.assertDeclared(detection.ruleType(), detection.figures());
                    detections.add(detection);
                });
    }

    private static RuleDefinition rule(RuleType type, Map<String, String> parameters, RuleScope scope) {
        return new RuleDefinition(type.slug(), type, true, Severity.WARNING, parameters, scope);
    }

    private static RuleDefinition rule(RuleType type) {
        return rule(type, Map.of(), RuleScope.EVERYTHING);
    }

    private void position(int mmsi, double latitude, double longitude, double speedKnots, int status, long minute) {
        engine.onUpdate(tracker.apply(new PositionReportClassA(1, 0, mmsi, status, 0, (int) Math.round(speedKnots * 10),
                false, units(longitude), units(latitude), 900, 90, 30, 0, 0, false, (int) minute), T0 + minute * MINUTE));
    }

    private void shipType(int mmsi, int shipType, String name, long minute) {
        engine.onUpdate(tracker.apply(new StaticAndVoyageData(5, 0, mmsi, 0, 0, "CALL", name, shipType,
                new ShipDimensions(10, 10, 3, 3), 1, 12, 1, 8, 30, 35, "", false, 0), T0 + minute * MINUTE));
    }

    private List<String> seen() {
        List<String> seen = new ArrayList<>();
        for (Detection d : detections) {
            seen.add(d.phase() + " " + d.ruleId() + " " + d.zoneId() + " " + d.severity() + " "
                    + (d.timeMillis() - T0) / MINUTE);
        }
        return seen;
    }

    @Test
    void aZonePassedThroughBetweenTwoReportsTwoHoursApartIsEnteredAndLeft() {
        Zone range = new Zone("R1", "firing range", ZoneKind.RESTRICTED_AREA, box(109.50, 11.00, 109.55, 11.40));
        engine(List.of(range), List.of(),
                rule(RuleType.ZONE_ENTRY, Map.of(), scopeOfKinds(ZoneKind.RESTRICTED_AREA)),
                rule(RuleType.ZONE_EXIT, Map.of(), scopeOfKinds(ZoneKind.RESTRICTED_AREA)),
                rule(RuleType.PROTECTED_AREA));
        engine.onUpdate(tracker.applyVms("NT-90123-TS", "VMS-1", T0, 11.20, 109.40, 8, 90));
        engine.onUpdate(tracker.applyVms("NT-90123-TS", "VMS-1", T0 + 120 * MINUTE, 11.20, 109.65, 8, 90));
        assertEquals(List.of("RAISED zone-entry R1 WARNING 120", "ENDED zone-entry R1 WARNING 120",
                "RAISED zone-exit R1 WARNING 120", "ENDED zone-exit R1 WARNING 120",
                "RAISED protected-area R1 WARNING 120", "ENDED protected-area R1 WARNING 120"), seen());
        assertTrue(detections.get(0).summary().startsWith("passed through firing range"), detections.get(0).summary());
    }

    private static RuleScope scopeOfKinds(ZoneKind... kinds) {
        return new RuleScope(Set.of(), Set.of(), Set.of(), false, Set.of(), Set.of(), Set.of(kinds), Set.of(), null,
                null);
    }

    @Test
    void aVesselExemptByTheZoneMayBeInsideAndTheOthersAlertUntilTheyLeave() {
        Zone project = new Zone("WIND-1", "wind farm", ZoneKind.SEA_ECONOMY_PROJECT, box(109.30, 11.10, 109.40, 11.20),
                Set.of(), Map.of(ProtectedAreaRule.EXEMPT_PROPERTY, "574009999, NT 90123 TS"));
        engine(List.of(project), List.of(), rule(RuleType.PROTECTED_AREA));
        position(574_009_999, 11.15, 109.35, 3, 0, 0);
        position(VN_FISHER, 11.25, 109.35, 3, 0, 0);
        position(VN_FISHER, 11.15, 109.35, 3, 0, 10);
        position(VN_FISHER, 11.15, 109.351, 3, 0, 11);
        position(VN_FISHER, 11.25, 109.35, 3, 0, 20);
        assertEquals(List.of("RAISED protected-area WIND-1 WARNING 10", "ENDED protected-area WIND-1 WARNING 20"),
                seen(), "one alert while inside, for the vessel not exempt");
        assertEquals(VesselIds.ofMmsi(VN_FISHER), detections.get(0).vesselId());
    }

    @Test
    void aForeignFishingVesselIsCriticalInTheTerritorialSeaAndACargoShipOrAVietnameseOneIsNot() {
        Zone territorialSea = new Zone("TS", "territorial sea", ZoneKind.TERRITORIAL_SEA, box(109.0, 11.0, 109.4, 11.5));
        Zone eez = new Zone("EEZ", "exclusive economic zone", ZoneKind.EXCLUSIVE_ECONOMIC_ZONE,
                box(109.4, 11.0, 110.0, 11.5));
        engine(List.of(territorialSea, eez), List.of(), rule(RuleType.FOREIGN_VESSEL));
        shipType(CN_FISHER, 30, "QIONG SAN YA 1", 0);
        shipType(351_000_222, 70, "OCEAN STAR", 0);
        shipType(VN_FISHER, 30, "NT 90123 TS", 0);
        for (int minute = 10; minute <= 20; minute += 10) {
            double longitude = minute == 10 ? 109.45 : 109.35;
            position(CN_FISHER, 11.2, longitude, 9, 0, minute);
            position(351_000_222, 11.3, longitude, 12, 0, minute);
            position(VN_FISHER, 11.4, longitude, 9, 0, minute);
        }
        assertEquals(List.of("RAISED foreign-vessel  WARNING 10", "RAISED foreign-vessel  CRITICAL 20"), seen(),
                "in the EEZ, then in the territorial sea");
        assertTrue(detections.get(0).summary().startsWith("foreign fishing vessel (CN)"), detections.get(0).summary());
    }

    @Test
    void aWatchListedVesselAlertsWhateverItsFlag() {
        Zone eez = new Zone("EEZ", "exclusive economic zone", ZoneKind.EXCLUSIVE_ECONOMIC_ZONE,
                box(109.4, 11.0, 110.0, 11.5));
        engine(List.of(eez), List.of(), rule(RuleType.FOREIGN_VESSEL, Map.of(), new RuleScope(Set.of(), Set.of(),
                Set.of(), false, Set.of(Integer.toString(VN_FISHER)), Set.of(), Set.of(), Set.of(), null, null)));
        position(VN_FISHER, 11.2, 109.6, 9, 0, 0);
        assertEquals(List.of("RAISED foreign-vessel  WARNING 0"), seen());
    }

    @Test
    void aLargeVesselFishingInTheCoastalZoneAlertsOnceItHasBeenSlowForTwentyMinutes() {
        Zone coastal = new Zone("FZ-VB", "coastal zone", ZoneKind.FISHING_COASTAL, box(109.2, 11.0, 109.4, 11.3));
        RegisteredVessel large = new RegisteredVessel("NT-90123-TS", "NT 90123", "", 18, "PURSE_SEINE",
                LocalDate.of(2030, 1, 1), VN_FISHER, null, "PORT-X");
        engine(List.of(coastal), List.of(large), rule(RuleType.FISHING_WRONG_ZONE));
        position(VN_FISHER, 11.10, 109.22, 9, 0, 0);
        position(VN_FISHER, 11.10, 109.25, 9, 0, 5);
        for (int minute = 10; minute <= 40; minute += 5) {
            position(VN_FISHER, 11.10, 109.25 + minute * 0.0002, 2.5, 0, minute);
        }
        assertEquals(List.of("RAISED fishing-wrong-zone FZ-VB WARNING 30", "RAISED fishing-wrong-zone FZ-VB WARNING 35",
                "RAISED fishing-wrong-zone FZ-VB WARNING 40"), seen(), "slow from minute 10 on; repeated while it lasts");
        assertEquals(Unit.METRES, detections.get(0).figures().get("lengthMetres").unit());
        assertTrue(detections.get(0).figures().get("lengthMetres").value() >= 15, "a vessel of 15 m or more");
        assertEquals(Unit.KNOTS, detections.get(0).figures().get("speedKnots").unit());
        position(VN_FISHER, 11.10, 109.40 + 0.01, 9, 0, 90);
        assertEquals("ENDED fishing-wrong-zone FZ-VB WARNING 90", seen().get(seen().size() - 1), "left the zone");
    }

    @Test
    void engagedInFishingCountsAtOnceAndASmallVesselMayFishInTheCoastalZone() {
        Zone coastal = new Zone("FZ-VB", "coastal zone", ZoneKind.FISHING_COASTAL, box(109.2, 11.0, 109.4, 11.3));
        RegisteredVessel large = new RegisteredVessel("NT-90123-TS", "", "", 15, "", LocalDate.of(2030, 1, 1),
                VN_FISHER, null, "");
        RegisteredVessel small = new RegisteredVessel("NT-10001-TS", "", "", 11, "", LocalDate.of(2030, 1, 1),
                574_000_777, null, "");
        engine(List.of(coastal), List.of(large, small), rule(RuleType.FISHING_WRONG_ZONE));
        position(VN_FISHER, 11.10, 109.25, 6, 7, 0);
        position(574_000_777, 11.10, 109.26, 6, 7, 0);
        assertEquals(List.of("RAISED fishing-wrong-zone FZ-VB WARNING 0"), seen());
    }

    @Test
    void aVietnameseFishingVesselAtSeaMustBeRegisteredAndLicensed() {
        Zone port = new Zone("PORT-A", "port", ZoneKind.PORT, box(109.000, 11.500, 109.005, 11.505));
        RegisteredVessel expired = new RegisteredVessel("NT-90123-TS", "", "", 16, "", LocalDate.of(2025, 11, 1),
                574_000_555, null, "PORT-A");
        engine(List.of(port), List.of(expired), rule(RuleType.UNREGISTERED));
        shipType(VN_FISHER, 30, "TAU CA", 0);
        position(VN_FISHER, 11.502, 109.003, 0, 5, 1);
        assertEquals(List.of(), seen(), "in port");
        position(VN_FISHER, 11.40, 109.20, 8, 0, 60);
        position(574_000_555, 11.30, 109.20, 8, 0, 60);
        shipType(CN_FISHER, 30, "QIONG", 60);
        position(CN_FISHER, 11.20, 109.20, 8, 0, 60);
        assertEquals(List.of("RAISED unregistered  WARNING 60", "RAISED unregistered  WARNING 60"), seen());
        assertTrue(detections.get(0).summary().endsWith("not in the registry"), detections.get(0).summary());
        assertTrue(detections.get(1).summary().endsWith("fishing licence expired on 2025-11-01"),
                detections.get(1).summary());
    }

    @Test
    void withNoRegistryImportedNobodyIsUnregistered() {
        engine(List.of(), List.of(), rule(RuleType.UNREGISTERED));
        shipType(VN_FISHER, 30, "TAU CA", 0);
        position(VN_FISHER, 11.40, 109.20, 8, 0, 60);
        assertEquals(List.of(), seen());
    }

    @Test
    void aScopeLimitsARuleToItsFlagsAndItsHoursOfLocalTime() {
        Zone eez = new Zone("EEZ", "exclusive economic zone", ZoneKind.EXCLUSIVE_ECONOMIC_ZONE,
                box(109.4, 11.0, 110.0, 11.5));
        // T0 is 2025-11-25T00:00Z, a Tuesday, 07:00 in Ho Chi Minh City.
        RuleScope nightsOnly = new RuleScope(Set.of("CN"), Set.of(), Set.of(), false, Set.of(), Set.of(), Set.of(),
                Set.of(DayOfWeek.TUESDAY), LocalTime.of(22, 0), LocalTime.of(8, 0));
        engine(List.of(eez), List.of(), rule(RuleType.FOREIGN_VESSEL, Map.of(), nightsOnly));
        shipType(CN_FISHER, 30, "QIONG", 0);
        shipType(477_000_222, 30, "HK FISHER", 0);
        position(477_000_222, 11.2, 109.6, 9, 0, 30);
        position(CN_FISHER, 11.2, 109.6, 9, 0, 30);
        position(CN_FISHER, 11.2, 109.61, 9, 0, 70);
        assertEquals(List.of("RAISED foreign-vessel  WARNING 30"), seen(),
                "477 is Hong Kong, not CN; at 08:10 local the window is over and the rule no longer sees it");
    }
}

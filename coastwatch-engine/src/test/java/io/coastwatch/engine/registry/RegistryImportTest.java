package io.coastwatch.engine.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coastwatch.engine.zone.VesselLengthClass;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegistryImportTest {
    private static final String CSV = """
            registrationNumber,name,owner,lengthMetres,gear,licenceValidUntil,mmsi,vmsDeviceId,homePort
            NT-90123-TS,NINH THUAN 01,"Nguyen Van A, Ca Na",16.5,PURSE_SEINE,2026-12-31,574123456,VMS-0001,PORT-CANA

            NT-10234-TS,,,11.2,GILLNET,,,,PORT-DONGHAI
            """;

    @Test
    void csvVesselsAreFoundHoweverTheirNumberIsWritten() throws RegistryImportException {
        List<RegisteredVessel> vessels = new RegistryCsv().read(CSV);
        assertEquals(2, vessels.size());
        RegisteredVessel first = vessels.get(0);
        assertEquals(new RegisteredVessel("NT-90123-TS", "NINH THUAN 01", "Nguyen Van A, Ca Na", 16.5, "PURSE_SEINE",
                LocalDate.of(2026, 12, 31), 574_123_456, "VMS-0001", "PORT-CANA"), first);
        assertEquals(VesselLengthClass.FROM_15_M, first.lengthClass());
        RegisteredVessel second = vessels.get(1);
        assertEquals(0, second.mmsi());
        assertEquals(null, second.vmsDeviceId());
        assertFalse(second.licensedOn(LocalDate.of(2025, 1, 1)), "no licence");

        InMemoryVesselRegistry registry = new InMemoryVesselRegistry(vessels, List.of());
        assertEquals(first, registry.byRegistrationNumber("NT 90123 TS").orElseThrow());
        assertEquals(first, registry.byRegistrationNumber("nt90123ts").orElseThrow());
        assertEquals(first, registry.byMmsi(574_123_456).orElseThrow());
        assertEquals(first, registry.byVmsDeviceId("vms-0001").orElseThrow());
        assertTrue(registry.byMmsi(0).isEmpty());
        assertEquals(vessels, new RegistryCsv().read(new RegistryCsv().write(vessels)));
    }

    @Test
    void fieldsASpreadsheetWouldRunAsFormulasAreExportedInert() throws RegistryImportException {
        List<RegisteredVessel> vessels = List.of(new RegisteredVessel("NT-90124-TS", "=HYPERLINK(\"http://x\",\"A\")",
                "+84 Nguyen", 12, "-", null, 0, "@VMS", "PORT-CANA"));
        String csv = new RegistryCsv().write(vessels);
        String row = csv.lines().skip(1).findFirst().orElseThrow();
        for (String cell : row.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            String unquoted = cell.startsWith("\"") ? cell.substring(1) : cell;
            assertFalse(!unquoted.isEmpty() && "=+-@".indexOf(unquoted.charAt(0)) >= 0, "a formula cell: " + cell + " in " + row);
        }
        assertTrue(row.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"A\"\")\""), row);
        assertEquals(vessels, new RegistryCsv().read(csv), "the import reads them back as they were");
    }

    @Test
    void aBadLineIsNamed() {
        assertError("line 4 (NT-10234-TS): lengthMetres: not a number: eleven",
                CSV.replace("11.2", "eleven"));
        assertError("line 2 (NT-90123-TS): mmsi: not nine digits: 57412345",
                CSV.replace("574123456", "57412345"));
        assertError("line 2 (NT-90123-TS): licenceValidUntil: not a date (2026-12-31): 31/12/2026",
                CSV.replace("2026-12-31", "31/12/2026"));
        assertError("line 4: 8 fields, the header has 9", CSV.replace(",,,,PORT-DONGHAI", ",,,PORT-DONGHAI"));
        assertError("line 1: unknown column length", CSV.replace("lengthMetres", "length"));
        assertError("line 2: a quoted field is not closed", CSV.replace("Ca Na\"", "Ca Na"));
        assertError("line 4: registrationNumber: empty", CSV.replace("NT-10234-TS", ""));
    }

    private static void assertError(String expectedStart, String csv) {
        RegistryImportException e = assertThrows(RegistryImportException.class, () -> new RegistryCsv().read(csv));
        assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
    }

    @Test
    void simulatorRecordsGiveVesselsAndDepartures() throws RegistryImportException {
        String json = """
                {"vessels": [
                  {"registrationNumber": "NT-90001-TS", "mmsi": 574000001, "name": "NT 90001", "lengthMetres": 17,
                   "lengthClass": "FROM_15_M", "gear": "PURSE_SEINE", "homePort": "PORT-CANA", "vmsDeviceId": "VMS-1",
                   "aisClass": "A", "licenceValidUntil": "2026-06-01"},
                  {"registrationNumber": "NT-90002-TS", "mmsi": null, "name": "NT 90002", "lengthMetres": 9,
                   "gear": null, "homePort": "PORT-CANA", "vmsDeviceId": null}],
                 "departures": [
                  {"registrationNumber": "NT-90001-TS", "port": "PORT-CANA", "station": "BGS-CANA",
                   "departure": "2025-06-01T05:00:00Z", "declaredReturn": "2025-06-02T05:00:00Z"},
                  {"registrationNumber": "NT-90001-TS", "port": "PORT-CANA", "station": "BGS-CANA",
                   "departure": "2025-05-30T05:00:00Z", "declaredReturn": "2025-05-31T05:00:00Z",
                   "arrival": "2025-05-31T04:00:00Z"}]}
                """;
        InMemoryVesselRegistry registry = new SimulatorRecords().read(json);
        assertEquals(2, registry.vessels().size());
        assertEquals(LocalDate.of(2026, 6, 1), registry.byMmsi(574_000_001).orElseThrow().licenceValidUntil());
        assertEquals("", registry.byRegistrationNumber("NT-90002-TS").orElseThrow().gear());
        long june1 = Instant.parse("2025-06-01T00:00:00Z").toEpochMilli();
        DepartureRecord latest = registry.latestDeparture("NT 90001 TS").orElseThrow();
        assertEquals(june1 + 5 * 3_600_000L, latest.departureMillis());
        assertFalse(latest.arrived());
        assertEquals(1, registry.departures("NT-90001-TS", june1 - 3 * 86_400_000L, june1).size());
        assertTrue(registry.departures("NT-90001-TS", june1 - 3 * 86_400_000L, june1).get(0).arrived());
        long june1At5 = june1 + 5 * 3_600_000L;
        assertEquals(june1At5, registry.latestDepartureBefore("NT 90001 TS", june1At5 + 1).orElseThrow().departureMillis());
        assertTrue(registry.latestDepartureBefore("NT-90001-TS", june1At5).orElseThrow().arrived(), "the one before");
        assertTrue(registry.latestDepartureBefore("NT-90001-TS", june1 - 3 * 86_400_000L).isEmpty());
        assertTrue(registry.latestDepartureBefore("NT-90002-TS", june1At5).isEmpty());
        RegistryImportException e = assertThrows(RegistryImportException.class,
                () -> new SimulatorRecords().read(json.replace("\"lengthMetres\": 9", "\"lengthMetres\": \"9 m\"")));
        assertEquals("vessels[1].lengthMetres: expected a positive number", e.getMessage());
    }

    @Test
    void aSpareVmsDeviceFindsItsVessel() {
        RegisteredVessel vessel = new RegisteredVessel("NT-90123-TS", "", "", 16.5, "", null, 0, "VMS-0001", "");
        InMemoryVesselRegistry registry = new InMemoryVesselRegistry(List.of(vessel), List.of(),
                Map.of("vms-0002 ", "NT 90123 TS", "VMS-0003", "NT-99999-TS"));

        assertEquals(vessel, registry.byVmsDeviceId("VMS-0002").orElseThrow());
        assertEquals(vessel, registry.byVmsDeviceId("VMS-0001").orElseThrow());
        assertTrue(registry.byVmsDeviceId("VMS-0003").isEmpty(), "a device of no registered vessel");
    }
}

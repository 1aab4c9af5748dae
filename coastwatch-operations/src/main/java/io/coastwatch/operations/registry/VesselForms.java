package io.coastwatch.operations.registry;

import io.coastwatch.operations.common.Fields;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A {@link FleetVessel} as flat fields, the one shape of the API's bodies, the files' columns
 * ({@link #FIELDS}, lists separated by {@code ;}), the history's versions and the audit's before and
 * after; and back, with every wrong field named. Stateless and thread-safe.
 */
public final class VesselForms {

    /** The fields, in the order the files' columns are written. */
    public static final List<String> FIELDS = List.of("registrationNumber", "name", "hullMarking", "lengthMetres",
            "gear", "licenceNumber", "licenceGear", "licenceZoneClass", "licenceValidUntil",
            "safetyCertificateValidUntil", "mmsi", "vmsDeviceIds", "homePort", "homeStationId", "owner", "captainName",
            "captainCertificate", "captainCertificateValidUntil", "chiefEngineerName", "chiefEngineerCertificate",
            "chiefEngineerCertificateValidUntil", "watchLists");

    /**
     * Columns that older registry files (the VNFishbase export the first registry read) name
     * differently, and the field they are.
     */
    public static final Map<String, String> ALIASES = Map.of("vmsDeviceId", "vmsDeviceIds");

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MMSI_MIN = 100_000_000;
    private static final int MMSI_MAX = 999_999_999;

    private VesselForms() {
    }

    /** The fields of {@code vessel}; absent values are {@code null}, lists are lists, numbers numbers. */
    public static Map<String, Object> fields(FleetVessel vessel) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("registrationNumber", vessel.registrationNumber());
        fields.put("name", vessel.name());
        fields.put("hullMarking", vessel.hullMarking());
        fields.put("lengthMetres", vessel.lengthMetres());
        fields.put("gear", vessel.gear());
        FishingLicence licence = vessel.licence();
        fields.put("licenceNumber", licence == null ? null : licence.number());
        fields.put("licenceGear", licence == null ? null : licence.gear());
        fields.put("licenceZoneClass", licence == null ? null : licence.zoneClass());
        fields.put("licenceValidUntil", day(licence == null ? null : licence.validUntil()));
        fields.put("safetyCertificateValidUntil", day(vessel.safetyCertificateValidUntil()));
        fields.put("mmsi", vessel.mmsi() == 0 ? null : vessel.mmsi());
        fields.put("vmsDeviceIds", vessel.vmsDeviceIds());
        fields.put("homePort", vessel.homePort());
        fields.put("homeStationId", vessel.homeStationId());
        fields.put("owner", vessel.owner());
        putOfficer(fields, "captain", vessel.captain());
        putOfficer(fields, "chiefEngineer", vessel.chiefEngineer());
        fields.put("watchLists", vessel.watchLists());
        return fields;
    }

    /**
     * The vessel the fields describe. Collects every problem in {@code fields}; returns {@code null}
     * when there was one (the caller throws or reports them through {@link Fields#done()}).
     */
    public static FleetVessel vessel(Fields fields) {
        String number = fields.text("registrationNumber");
        String name = orEmpty(fields.optionalText("name"));
        String hullMarking = orEmpty(fields.optionalText("hullMarking"));
        Double length = fields.optionalDecimal("lengthMetres", 0.1, 499.9);
        if (length == null && fields.problems().stream().noneMatch(p -> p.field().endsWith("lengthMetres"))) {
            fields.problem("lengthMetres", "required", "lengthMetres is required");
        }
        String gear = orEmpty(fields.optionalText("gear"));
        String licenceNumber = fields.optionalText("licenceNumber");
        String licenceGear = fields.optionalText("licenceGear");
        String licenceZone = fields.optionalText("licenceZoneClass");
        LocalDate licenceUntil = fields.optionalDate("licenceValidUntil");
        if (licenceUntil == null && (licenceNumber != null || licenceGear != null || licenceZone != null)) {
            fields.problem("licenceValidUntil", "required", "a licence needs its last valid day (2026-12-31)");
        }
        LocalDate safetyUntil = fields.optionalDate("safetyCertificateValidUntil");
        Integer mmsi = fields.optionalInteger("mmsi", MMSI_MIN, MMSI_MAX);
        List<String> devices = fields.list("vmsDeviceIds");
        if (devices.size() > FleetVessel.MAX_VMS_DEVICES) {
            fields.problem("vmsDeviceIds", "too-long", "a vessel carries at most " + FleetVessel.MAX_VMS_DEVICES
                    + " VMS devices, not " + devices.size());
        }
        String homePort = orEmpty(fields.optionalText("homePort"));
        String homeStation = fields.optionalId("homeStationId");
        String owner = orEmpty(fields.optionalText("owner"));
        CrewOfficer captain = officer(fields, "captain");
        CrewOfficer chiefEngineer = officer(fields, "chiefEngineer");
        List<String> watchLists = fields.list("watchLists");
        for (String list : watchLists) {
            if (!SLUG.matcher(list).matches()) {
                fields.problem("watchLists", "bad-format", "watch list '" + list + "' must be a kebab-case code");
            }
        }
        if (!fields.problems().isEmpty()) {
            return null;
        }
        FishingLicence licence = licenceUntil == null ? null
                : new FishingLicence(orEmpty(licenceNumber), orEmpty(licenceGear), orEmpty(licenceZone), licenceUntil);
        return new FleetVessel(number, name, hullMarking, length, gear, licence, safetyUntil, mmsi == null ? 0 : mmsi,
                devices, homePort, homeStation, owner, captain, chiefEngineer, watchLists);
    }

    private static CrewOfficer officer(Fields fields, String role) {
        String name = fields.optionalText(role + "Name");
        String certificate = fields.optionalText(role + "Certificate");
        LocalDate until = fields.optionalDate(role + "CertificateValidUntil");
        if (name == null && (certificate != null || until != null)) {
            fields.problem(role + "Name", "required", "a certificate needs its holder's name");
        }
        return name == null ? null : new CrewOfficer(name, certificate, until);
    }

    private static void putOfficer(Map<String, Object> fields, String role, CrewOfficer officer) {
        fields.put(role + "Name", officer == null ? null : officer.name());
        fields.put(role + "Certificate", officer == null ? null : officer.certificateNumber());
        fields.put(role + "CertificateValidUntil", day(officer == null ? null : officer.certificateValidUntil()));
    }

    private static String day(LocalDate day) {
        return day == null ? null : day.toString();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}

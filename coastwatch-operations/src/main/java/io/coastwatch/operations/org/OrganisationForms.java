package io.coastwatch.operations.org;

import io.coastwatch.operations.common.Fields;
import io.coastwatch.operations.common.Label;
import io.coastwatch.operations.common.Validity;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The organisation's records as flat forms: the fields the API takes and gives and the columns of the
 * import and export files, one shape for both (so that an export imports back unchanged). Reading
 * collects every wrong field in the {@link Fields}; it returns {@code null} when any was wrong.
 * Stateless.
 */
public final class OrganisationForms {

    /** The fields of a unit version, in file column order. */
    public static final List<String> UNIT_FIELDS = List.of("id", "code", "kind", "nameVi", "nameEn", "parentId",
            "areaZoneIds", "homePortZoneId", "latitude", "longitude", "locationApproximate", "contacts", "validFrom",
            "validTo");
    /** The fields of an agency. */
    public static final List<String> AGENCY_FIELDS = List.of("id", "kind", "nameVi", "nameEn", "contacts",
            "competences", "validFrom", "validTo");
    /** The fields of a person. */
    public static final List<String> PERSON_FIELDS = List.of("id", "fullName", "rank", "positionVi", "positionEn",
            "unitId", "contacts");
    /** The fields of a resource. */
    public static final List<String> RESOURCE_FIELDS = List.of("id", "kind", "name", "unitId", "hullNumber", "mmsi",
            "trackerId", "speedKnots", "enduranceHours", "crewSize");

    private static final List<String> CONTACT_FIELDS = List.of("channel", "value", "note");

    private OrganisationForms() {
    }

    /** A unit version from its fields. */
    public static Unit unit(Fields fields) {
        String id = fields.id("id");
        String code = fields.text("code");
        UnitKind kind = fields.code("kind", UnitKind::of);
        Label name = label(fields, "nameVi", "nameEn");
        String parentId = fields.optionalId("parentId");
        List<String> areas = fields.ids("areaZoneIds");
        String homePort = fields.optionalId("homePortZoneId");
        Location location = location(fields);
        List<Contact> contacts = contacts(fields);
        Validity validity = validity(fields);
        if (id != null && id.equals(parentId)) {
            fields.problem("parentId", "bad-value", "a unit cannot be its own parent");
        }
        if (!fields.problems().isEmpty()) {
            return null;
        }
        return new Unit(id, code, kind, name, parentId, areas, homePort, location, contacts, validity);
    }

    /** An agency from its fields. */
    public static Agency agency(Fields fields) {
        String id = fields.id("id");
        AgencyKind kind = fields.code("kind", AgencyKind::of);
        Label name = label(fields, "nameVi", "nameEn");
        List<Contact> contacts = contacts(fields);
        List<String> competences = fields.ids("competences");
        Validity validity = validity(fields);
        return fields.problems().isEmpty() ? new Agency(id, kind, name, contacts, competences, validity) : null;
    }

    /** A person from its fields. */
    public static Person person(Fields fields) {
        String id = fields.id("id");
        String fullName = fields.text("fullName");
        Rank rank = fields.code("rank", Rank::of);
        Label position = label(fields, "positionVi", "positionEn");
        String unitId = fields.id("unitId");
        List<Contact> contacts = contacts(fields);
        return fields.problems().isEmpty() ? new Person(id, fullName, rank, position, unitId, contacts) : null;
    }

    /** A resource from its fields. */
    public static Resource resource(Fields fields) {
        String id = fields.id("id");
        ResourceKind kind = fields.code("kind", ResourceKind::of);
        String name = fields.text("name");
        String unitId = fields.id("unitId");
        String hullNumber = fields.optionalText("hullNumber");
        Integer mmsi = fields.optionalInteger("mmsi", 100_000_000, Resource.MAX_MMSI);
        String trackerId = fields.optionalText("trackerId");
        Double speed = fields.optionalDecimal("speedKnots", 0.1, 99);
        Double endurance = fields.optionalDecimal("enduranceHours", 0.1, 24 * 90);
        Integer crew = fields.optionalInteger("crewSize", 0, 500);
        if (mmsi != null && kind != null && !kind.vessel()) {
            fields.problem("mmsi", "bad-value", "only a boat carries an MMSI, not a " + kind.slug());
        }
        return fields.problems().isEmpty()
                ? new Resource(id, kind, name, unitId, hullNumber, mmsi, trackerId, speed, endurance, crew) : null;
    }

    /** A unit version's fields ({@link #UNIT_FIELDS}), lists as lists. */
    public static Map<String, Object> fields(Unit unit) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", unit.id());
        fields.put("code", unit.code());
        fields.put("kind", unit.kind().slug());
        fields.put("nameVi", unit.name().vi());
        fields.put("nameEn", unit.name().en());
        fields.put("parentId", unit.parentId());
        fields.put("areaZoneIds", unit.areaZoneIds());
        fields.put("homePortZoneId", unit.homePortZoneId());
        fields.put("latitude", unit.location() == null ? null : unit.location().latitude());
        fields.put("longitude", unit.location() == null ? null : unit.location().longitude());
        fields.put("locationApproximate", unit.location() != null && unit.location().approximate());
        fields.put("contacts", contactFields(unit.contacts()));
        putValidity(fields, unit.validity());
        return fields;
    }

    /** An agency's fields ({@link #AGENCY_FIELDS}). */
    public static Map<String, Object> fields(Agency agency) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", agency.id());
        fields.put("kind", agency.kind().slug());
        fields.put("nameVi", agency.name().vi());
        fields.put("nameEn", agency.name().en());
        fields.put("contacts", contactFields(agency.contacts()));
        fields.put("competences", agency.competences());
        putValidity(fields, agency.validity());
        return fields;
    }

    /** A person's fields ({@link #PERSON_FIELDS}). */
    public static Map<String, Object> fields(Person person) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", person.id());
        fields.put("fullName", person.fullName());
        fields.put("rank", person.rank().slug());
        fields.put("positionVi", person.position().vi());
        fields.put("positionEn", person.position().en());
        fields.put("unitId", person.unitId());
        fields.put("contacts", contactFields(person.contacts()));
        return fields;
    }

    /** A resource's fields ({@link #RESOURCE_FIELDS}). */
    public static Map<String, Object> fields(Resource resource) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", resource.id());
        fields.put("kind", resource.kind().slug());
        fields.put("name", resource.name());
        fields.put("unitId", resource.unitId());
        fields.put("hullNumber", resource.hullNumber());
        fields.put("mmsi", resource.mmsi());
        fields.put("trackerId", resource.trackerId());
        fields.put("speedKnots", resource.speedKnots());
        fields.put("enduranceHours", resource.enduranceHours());
        fields.put("crewSize", resource.crewSize());
        return fields;
    }

    private static Label label(Fields fields, String viField, String enField) {
        String vi = fields.text(viField);
        String en = fields.optionalText(enField);
        return vi == null ? null : new Label(vi, en == null ? vi : en);
    }

    private static Location location(Fields fields) {
        Double latitude = fields.optionalDecimal("latitude", -90, 90);
        Double longitude = fields.optionalDecimal("longitude", -180, 180);
        boolean approximate = fields.flag("locationApproximate");
        if ((latitude == null) != (longitude == null)) {
            fields.problem(latitude == null ? "latitude" : "longitude", "required",
                    "a location needs both latitude and longitude");
            return null;
        }
        return latitude == null ? null : new Location(latitude, longitude, approximate);
    }

    private static List<Contact> contacts(Fields fields) {
        return fields.entries("contacts", CONTACT_FIELDS).stream()
                .filter(entry -> {
                    if (entry.get("channel").isEmpty() || entry.get("value").isEmpty()) {
                        fields.problem("contacts", "bad-format", "each contact needs a channel and a value");
                        return false;
                    }
                    return true;
                })
                .map(entry -> new Contact(entry.get("channel"), entry.get("value"), entry.get("note")))
                .toList();
    }

    private static Validity validity(Fields fields) {
        LocalDate from = fields.date("validFrom");
        LocalDate to = fields.optionalDate("validTo");
        if (from != null && to != null && !to.isAfter(from)) {
            fields.problem("validTo", "out-of-range", "validTo must be after validFrom");
            return null;
        }
        return from == null ? null : new Validity(from, to);
    }

    private static List<Map<String, String>> contactFields(List<Contact> contacts) {
        return contacts.stream()
                .map(contact -> Map.of("channel", contact.channel(), "value", contact.value(), "note", contact.note()))
                .toList();
    }

    private static void putValidity(Map<String, Object> fields, Validity validity) {
        fields.put("validFrom", validity.validFrom().toString());
        fields.put("validTo", validity.validTo() == null ? null : validity.validTo().toString());
    }
}

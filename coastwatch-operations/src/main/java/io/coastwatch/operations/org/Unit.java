package io.coastwatch.operations.org;

import io.coastwatch.operations.common.Ids;
import io.coastwatch.operations.common.Label;
import io.coastwatch.operations.common.Validity;
import java.util.List;
import java.util.Objects;

/**
 * One version of a unit: what it was called, where it stood in the tree and what it was responsible
 * for during {@link #validity()}. A reorganisation ends a version and starts the next one under the
 * same {@link #id()}; records refer to the id and read the version valid on their date. Immutable.
 *
 * @param id stable for the unit's life, an API id ({@code [A-Za-z0-9][A-Za-z0-9._-]{0,63}}), e.g. {@code dbp-ninh-chu}
 * @param code the unit's abbreviation used in document numbers, e.g. {@code ĐBPNC} (in {@code 45/VV-ĐBPNC})
 * @param kind what the unit is
 * @param name its name in Vietnamese and English
 * @param parentId the unit it belongs to, or {@code null} for the root of the tree (the command)
 * @param areaZoneIds the zones of its area of responsibility (địa bàn), possibly empty
 * @param homePortZoneId the port zone where it sits (a station at a fishing port, a flotilla's base), or {@code null}
 * @param location where it sits, or {@code null} when unknown
 * @param contacts phone, radio, e-mail
 * @param validity when this version holds
 */
public record Unit(String id, String code, UnitKind kind, Label name, String parentId, List<String> areaZoneIds,
        String homePortZoneId, Location location, List<Contact> contacts, Validity validity) {

    public Unit {
        Ids.require("unit", id);
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("unit " + id + " needs a code");
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        if (id.equals(parentId)) {
            throw new IllegalArgumentException("unit " + id + " cannot be its own parent");
        }
        areaZoneIds = List.copyOf(areaZoneIds);
        contacts = List.copyOf(contacts);
        Objects.requireNonNull(validity, "validity");
    }

    /** This version with {@code other} as its validity (a version ended on a day). */
    public Unit withValidity(Validity other) {
        return new Unit(id, code, kind, name, parentId, areaZoneIds, homePortZoneId, location, contacts, other);
    }
}

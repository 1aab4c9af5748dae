package io.coastwatch.engine.zone;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a zone is. Each kind has the code it is written with in GeoJSON ({@link #code()}) and says
 * which geometries it takes: {@link #NATIONAL_LIMIT} is a line ("Vietnamese waters end here"), a
 * {@link #PORT} may be given by its seaward boundary line, every other kind is an area (polygon or
 * multipolygon) or, for {@link #CUSTOM}, anything but a point.
 */
public enum ZoneKind {
    INTERNAL_WATERS("internal_waters"),
    TERRITORIAL_SEA("territorial_sea"),
    CONTIGUOUS_ZONE("contiguous_zone"),
    EXCLUSIVE_ECONOMIC_ZONE("eez"),
    NATIONAL_LIMIT("national_limit"),
    FOREIGN_WATERS("foreign_waters"),
    FISHING_COASTAL("fishing_coastal", VesselLengthClass.UNDER_12_M),
    FISHING_INSHORE("fishing_inshore", VesselLengthClass.FROM_12_TO_15_M),
    FISHING_OFFSHORE("fishing_offshore", VesselLengthClass.FROM_15_M),
    MARINE_PROTECTED_AREA("mpa"),
    RESTRICTED_AREA("restricted"),
    SEA_ECONOMY_PROJECT("sea_economy_project"),
    PORT("port"),
    ANCHORAGE("anchorage"),
    STATION_AREA("aor"),
    CUSTOM("custom");

    private final String code;
    private final VesselLengthClass fishingLengthClass;

    ZoneKind(String code) {
        this(code, null);
    }

    ZoneKind(String code, VesselLengthClass fishingLengthClass) {
        this.code = code;
        this.fishingLengthClass = fishingLengthClass;
    }

    /** The code of this kind in GeoJSON properties ({@code "kind"}). */
    public String code() {
        return code;
    }

    /** Whether this is one of the three fishing zones of Decree 26/2019. */
    public boolean isFishingZone() {
        return fishingLengthClass != null;
    }

    /**
     * The vessel length classes Decree 26/2019 Art. 43 allows to fish in a zone of this kind; empty
     * for kinds that are not fishing zones.
     */
    public Set<VesselLengthClass> defaultLengthClasses() {
        return fishingLengthClass == null ? Set.of() : Set.of(fishingLengthClass);
    }

    /** Whether the zone's geometry must be lineal (LineString or MultiLineString). */
    public boolean isLine() {
        return this == NATIONAL_LIMIT;
    }

    /** Whether a lineal geometry is accepted for this kind. */
    public boolean acceptsLine() {
        return EnumSet.of(NATIONAL_LIMIT, PORT, CUSTOM).contains(this);
    }

    /** The kind written as {@code code}, if any. */
    public static Optional<ZoneKind> ofCode(String code) {
        for (ZoneKind kind : values()) {
            if (kind.code.equals(code)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}

package io.coastwatch.engine.zone;

import io.coastwatch.engine.label.Label;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a zone is. Each kind has the kebab-case code it is written with everywhere ({@link #code()}) and says
 * which geometries it takes: {@link #NATIONAL_LIMIT} is a line ("Vietnamese waters end here"), a
 * {@link #PORT} may be given by its seaward boundary line, every other kind is an area (polygon or
 * multipolygon) or, for {@link #CUSTOM}, anything but a point. The names are the review's wording for
 * officers (docs/glossary.md); each kind's drawing on the map is data of the server's catalogue.
 */
public enum ZoneKind {
    INTERNAL_WATERS("internal_waters", "internal-waters", 1, "Nội thủy", "Internal waters"),
    TERRITORIAL_SEA("territorial_sea", "territorial-sea", 2, "Lãnh hải", "Territorial sea"),
    CONTIGUOUS_ZONE("contiguous_zone", "contiguous-zone", 3, "Vùng tiếp giáp lãnh hải", "Contiguous zone"),
    EXCLUSIVE_ECONOMIC_ZONE("eez", "eez", 4, "Vùng đặc quyền kinh tế", "Exclusive economic zone"),
    NATIONAL_LIMIT("national_limit", "national-limit", 5, "Ranh giới vùng biển quốc gia", "National limit"),
    FOREIGN_WATERS("foreign_waters", "foreign-waters", 6, "Vùng biển nước ngoài", "Foreign waters"),
    FISHING_COASTAL("fishing_coastal", "fishing-coastal", 7, "Vùng khai thác ven bờ", "Coastal fishing zone",
            VesselLengthClass.UNDER_12_M),
    FISHING_INSHORE("fishing_inshore", "fishing-inshore", 8, "Vùng khai thác lộng", "Inshore fishing zone",
            VesselLengthClass.FROM_12_TO_15_M),
    FISHING_OFFSHORE("fishing_offshore", "fishing-offshore", 9, "Vùng khai thác khơi", "Offshore fishing zone",
            VesselLengthClass.FROM_15_M),
    MARINE_PROTECTED_AREA("mpa", "marine-protected-area", 10, "Khu bảo tồn biển", "Marine protected area"),
    RESTRICTED_AREA("restricted", "restricted-area", 11, "Khu vực cấm, hạn chế", "Restricted area"),
    SEA_ECONOMY_PROJECT("sea_economy_project", "sea-economy-project", 12, "Khu dự án kinh tế biển",
            "Sea-economy project"),
    PORT("port", "port", 13, "Cảng cá", "Port"),
    ANCHORAGE("anchorage", "anchorage", 14, "Bến cá / khu neo đậu", "Anchorage"),
    STATION_AREA("aor", "station-area", 15, "Địa bàn đồn Biên phòng",
            "Station area of responsibility"),
    CUSTOM("custom", "custom", 16, "Vùng khác", "Custom zone");

    private final String legacyCode;
    private final String code;
    private final int order;
    private final Label label;
    private final VesselLengthClass fishingLengthClass;

    ZoneKind(String legacyCode, String code, int order, String vi, String en) {
        this(legacyCode, code, order, vi, en, null);
    }

    ZoneKind(String legacyCode, String code, int order, String vi, String en,
            VesselLengthClass fishingLengthClass) {
        this.legacyCode = legacyCode;
        this.code = code;
        this.order = order;
        this.label = Label.of(vi, en);
        this.fishingLengthClass = fishingLengthClass;
    }

    /**
     * Where the kind comes in the legal order the console draws and lists zones in (internal waters first,
     * then the territorial sea … custom zones last), from 1.
     */
    public int order() {
        return order;
    }

    /** The kind's name for people. */
    public Label label() {
        return label;
    }

    /**
     * The kind's code: a kebab-case slug ({@code fishing-coastal}), as the API, the catalogue, the store,
     * GeoJSON properties ({@code "kind"}) and rules files write it.
     */
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

    /**
     * The kind {@code code} names in an old spelling, if any: the codes before they were kebab-case
     * ({@code fishing_coastal}, {@code mpa}, {@code restricted}, {@code aor}), or a code written with
     * {@code _} for {@code -} ({@code station_area}). Imports accept these with a warning; the API does not.
     */
    public static Optional<ZoneKind> ofLegacyCode(String code) {
        for (ZoneKind kind : values()) {
            if (kind.legacyCode.equals(code) || kind.code.equals(code.replace('_', '-'))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}

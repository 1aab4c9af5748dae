package io.coastwatch.server.vessel;

import io.coastwatch.engine.track.PositionFix;
import io.coastwatch.engine.track.VesselSnapshot;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The filters of {@code GET /api/v1/vessels}, parsed from the query parameters; every one optional.
 * Immutable.
 *
 * @param box bounding box (vessels with a position inside it), or {@code null}
 * @param shipTypes accepted AIS ship types (ranges), or empty for all
 * @param flag ISO 3166-1 alpha-2 country, or {@code null}
 * @param seenSinceMillis vessels heard at or after this time, or {@link Long#MIN_VALUE}
 * @param text text to find in name, MMSI, call sign or registration number, already {@linkplain #fold folded}
 *     (so insensitive to case, diacritics and separators: "Tàu cá 8161" finds "TAU CA 8161", "NT91184"
 *     finds "NT-91184-TS"), or {@code null}
 */
public record VesselFilter(BoundingBox box, List<int[]> shipTypes, String flag, long seenSinceMillis, String text)
        implements Predicate<VesselSnapshot> {

    /** Named ship-type categories (ITU-R M.1371 table 53). */
    private static final Map<String, int[]> CATEGORIES = Map.ofEntries(
            Map.entry("fishing", new int[] {30, 30}),
            Map.entry("towing", new int[] {31, 32}),
            Map.entry("dredging", new int[] {33, 33}),
            Map.entry("diving", new int[] {34, 34}),
            Map.entry("military", new int[] {35, 35}),
            Map.entry("sailing", new int[] {36, 36}),
            Map.entry("pleasure", new int[] {37, 37}),
            Map.entry("high-speed", new int[] {40, 49}),
            Map.entry("pilot", new int[] {50, 50}),
            Map.entry("search-and-rescue", new int[] {51, 51}),
            Map.entry("tug", new int[] {52, 52}),
            Map.entry("law-enforcement", new int[] {55, 55}),
            Map.entry("passenger", new int[] {60, 69}),
            Map.entry("cargo", new int[] {70, 79}),
            Map.entry("tanker", new int[] {80, 89}),
            Map.entry("other", new int[] {90, 99}));

    /**
     * Parses the filter parameters (each may be {@code null}).
     *
     * @param type comma-separated ship types: codes ({@code 30}), ranges ({@code 70-79}) or category
     *     names ({@code fishing}, {@code cargo}, {@code tanker}, {@code passenger}…)
     * @throws IllegalArgumentException naming the bad parameter
     */
    public static VesselFilter parse(String bbox, String type, String flag, String seenSince, String q) {
        List<int[]> types = new ArrayList<>();
        if (type != null && !type.isBlank()) {
            for (String part : type.split(",")) {
                types.add(shipTypeRange(part.trim().toLowerCase(Locale.ROOT)));
            }
        }
        return new VesselFilter(bbox == null || bbox.isBlank() ? null : BoundingBox.parse(bbox), List.copyOf(types),
                flag == null || flag.isBlank() ? null : flag.trim().toUpperCase(Locale.ROOT),
                seenSince == null || seenSince.isBlank() ? Long.MIN_VALUE
                        : io.coastwatch.server.api.TimeParameter.parseMillis("seenSince", seenSince),
                q == null || fold(q).isEmpty() ? null : fold(q));
    }

    /**
     * {@code text} as search compares it: lower case, without diacritics (đ as d), and with letters and
     * digits only, since officers type "NT91184", "NT 91184" or "NT-91184-TS" for the same number.
     */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c == 'đ') {
                folded.append('d');
            } else if (Character.isLetterOrDigit(c)) {
                folded.append(c);
            }
        }
        return folded.toString();
    }

    @Override
    public boolean test(VesselSnapshot v) {
        if (box != null) {
            PositionFix fix = v.lastFix();
            if (fix == null || !box.contains(fix.longitude(), fix.latitude())) {
                return false;
            }
        }
        if (!shipTypes.isEmpty() && shipTypes.stream().noneMatch(r -> v.shipType() >= r[0] && v.shipType() <= r[1])) {
            return false;
        }
        if (flag != null && !flag.equals(v.flag())) {
            return false;
        }
        if (v.lastSeenMillis() < seenSinceMillis) {
            return false;
        }
        return text == null || contains(v.name()) || contains(v.callSign()) || contains(v.registrationNumber())
                || v.mmsi() != 0 && Integer.toString(v.mmsi()).contains(text);
    }

    private boolean contains(String field) {
        return field != null && fold(field).contains(text);
    }

    private static int[] shipTypeRange(String part) {
        int[] named = CATEGORIES.get(part);
        if (named != null) {
            return named;
        }
        try {
            int dash = part.indexOf('-');
            int low = Integer.parseInt(dash < 0 ? part : part.substring(0, dash));
            int high = dash < 0 ? low : Integer.parseInt(part.substring(dash + 1));
            if (low < 0 || high > 99 || low > high) {
                throw new NumberFormatException();
            }
            return new int[] {low, high};
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad type '" + part + "': a ship type 0-99, a range such as 70-79, or one of "
                    + new java.util.TreeSet<>(CATEGORIES.keySet()));
        }
    }
}

package io.coastwatch.server.zone;

import io.coastwatch.engine.zone.ZoneKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the console draws the zones of one kind, as the catalogue serves it beside the kind's name
 * ({@code GET /api/v1/rules/types}, {@code zoneKinds[].drawing}); the figures are data, in the resource
 * {@value #RESOURCE}, not code. Immutable.
 *
 * @param color the stroke (and fill) colour, {@code #rrggbb}
 * @param weight the stroke's width, CSS pixels
 * @param dash the stroke's dash pattern as an SVG dasharray ({@code "10 6"}); null for a solid line
 * @param fill the fill's opacity, 0 (none) to 1
 * @param hidden whether the kind starts switched off until an officer switches it on
 * @param labelled whether each zone of the kind is named on the map
 */
public record ZoneDrawing(String color, double weight, String dash, double fill, boolean hidden, boolean labelled) {
    /** The classpath resource holding every kind's drawing. */
    public static final String RESOURCE = "/io/coastwatch/server/zone/zone-drawings.json";

    private static final Map<ZoneKind, ZoneDrawing> BY_KIND = load();

    public ZoneDrawing {
        if (color == null || !color.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("color " + color + " is not #rrggbb");
        }
        if (weight <= 0 || fill < 0 || fill > 1) {
            throw new IllegalArgumentException("weight " + weight + " must be positive and fill " + fill + " in 0-1");
        }
    }

    /** The drawing of {@code kind}. */
    public static ZoneDrawing of(ZoneKind kind) {
        return BY_KIND.get(kind);
    }

    private static Map<ZoneKind, ZoneDrawing> load() {
        JsonNode kinds;
        try (InputStream in = ZoneDrawing.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            kinds = JsonMapper.shared().readTree(in).required("kinds");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        Map<ZoneKind, ZoneDrawing> byKind = new EnumMap<>(ZoneKind.class);
        for (ZoneKind kind : ZoneKind.values()) {
            JsonNode drawing = kinds.get(kind.code());
            if (drawing == null) {
                throw new IllegalStateException(RESOURCE + " has no drawing for the zone kind " + kind.code());
            }
            byKind.put(kind, JsonMapper.shared().treeToValue(drawing, ZoneDrawing.class));
        }
        return byKind;
    }
}

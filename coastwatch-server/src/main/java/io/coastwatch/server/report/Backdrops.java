package io.coastwatch.server.report;

import io.coastwatch.engine.geo.GeoJsonPolygons;
import io.coastwatch.engine.geo.LandMask;
import io.coastwatch.engine.zone.Zone;
import io.coastwatch.operations.indicator.IndicatorScope;
import io.coastwatch.operations.report.MapBackdrop;
import io.coastwatch.server.zone.ZoneService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.springframework.stereotype.Component;

/**
 * What a unit's report maps are drawn on: the engine's bundled land of the region (Natural Earth, public
 * domain) and the zones of the unit's areas, framed on those zones with a margin (the whole command:
 * every area zone; no zone at all: the console's first view). The land is read once. Thread-safe.
 */
@Component
public class Backdrops {

    /** How far beyond its zones a unit's map reaches, in degrees. */
    static final double MARGIN_DEGREES = 0.15;
    /** What a unit without zones is shown: about the demo coast. */
    static final Envelope FALLBACK = new Envelope(108.6, 110.0, 10.7, 12.1);

    private final ZoneService zones;
    private final Geometry land;

    public Backdrops(ZoneService zones) {
        this.zones = zones;
        try (InputStream in = LandMask.class.getResourceAsStream(LandMask.VIETNAM_REGION_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + LandMask.VIETNAM_REGION_RESOURCE);
            }
            land = GeoJsonPolygons.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), new GeometryFactory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The backdrop of {@code scope}'s map. */
    public MapBackdrop of(IndicatorScope scope) {
        List<Geometry> shown = zones.zones().stream().filter(Zone::isArea)
                .filter(zone -> scope.all() || scope.zoneIds().contains(zone.id())).map(Zone::geometry).toList();
        Envelope area = new Envelope();
        shown.forEach(zone -> area.expandToInclude(zone.getEnvelopeInternal()));
        if (area.isNull() || area.getWidth() <= 0 || area.getHeight() <= 0) {
            area.init(FALLBACK);
        } else {
            area.expandBy(MARGIN_DEGREES);
        }
        return new MapBackdrop(area, landWithin(area), shown);
    }

    /** The land's polygons that reach into {@code area}: the map draws only those. */
    private Geometry landWithin(Envelope area) {
        List<Geometry> reaching = new ArrayList<>();
        for (int i = 0; i < land.getNumGeometries(); i++) {
            Geometry polygon = land.getGeometryN(i);
            if (polygon.getEnvelopeInternal().intersects(area)) {
                reaching.add(polygon);
            }
        }
        return land.getFactory().buildGeometry(reaching);
    }
}

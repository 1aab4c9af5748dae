package io.coastwatch.engine.zone.geojson;

import io.coastwatch.engine.zone.Zone;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The demo zones that ship with the product: the former Ninh Thuận sea sector (schematic and
 * approximate, see the resource's README). Stateless.
 */
public final class DemoZones {
    /** The bundled zones, next to this class. */
    public static final String NINH_THUAN_RESOURCE = "ninh-thuan-demo-zones.geojson";

    private DemoZones() {
    }

    /** The Ninh Thuận demo zones, read afresh on each call. */
    public static List<Zone> ninhThuan(GeometryFactory factory) {
        try (InputStream in = DemoZones.class.getResourceAsStream(NINH_THUAN_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + NINH_THUAN_RESOURCE);
            }
            return new ZoneGeoJson(factory).read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + NINH_THUAN_RESOURCE, e);
        } catch (ZoneImportException e) {
            throw new IllegalStateException("bundled " + NINH_THUAN_RESOURCE + " is invalid", e);
        }
    }
}

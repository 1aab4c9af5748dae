package io.coastwatch.engine.zone.geojson;

import io.coastwatch.engine.zone.Zone;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The demo zones that ship with the product: the former Ninh Thuận sea sector (schematic and
 * approximate, see the resources' README), with the fishing ports and anchorages as port and
 * anchorage zones and a schematic national limit, which the rules need. Stateless.
 */
public final class DemoZones {
    /** The bundled zones, next to this class. */
    public static final String NINH_THUAN_RESOURCE = "ninh-thuan-demo-zones.geojson";
    /** The demo's port and anchorage zones and its schematic national limit, next to this class. */
    public static final String NINH_THUAN_PORTS_AND_LIMIT_RESOURCE = "ninh-thuan-demo-ports-and-limit.geojson";

    private DemoZones() {
    }

    /** The Ninh Thuận demo zones, ports, anchorages and national limit, read afresh on each call. */
    public static List<Zone> ninhThuan(GeometryFactory factory) {
        List<Zone> zones = new ArrayList<>(read(NINH_THUAN_RESOURCE, factory));
        zones.addAll(read(NINH_THUAN_PORTS_AND_LIMIT_RESOURCE, factory));
        return zones;
    }

    private static List<Zone> read(String resource, GeometryFactory factory) {
        try (InputStream in = DemoZones.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new ZoneGeoJson(factory).read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        } catch (ZoneImportException e) {
            throw new IllegalStateException("bundled " + resource + " is invalid", e);
        }
    }
}

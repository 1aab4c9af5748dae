package io.coastwatch.server.vessel;

import io.coastwatch.engine.track.PositionFix;
import io.coastwatch.engine.track.VesselSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;

/**
 * The text export formats of a track: CSV (RFC 4180, one fix a line), KML 2.2 (a placemark with a
 * line string) and GPX 1.1 (one track segment). JSON and GeoJSON go through the JSON writer instead.
 * Stateless.
 */
enum TrackFormat {
    CSV("text/csv", "csv") {
        @Override
        String write(VesselSnapshot vessel, List<PositionFix> fixes) {
            StringBuilder out = new StringBuilder("time,latitude,longitude,speed_knots,course_degrees,heading_degrees,source\r\n");
            for (PositionFix fix : fixes) {
                out.append(Instant.ofEpochMilli(fix.timeMillis())).append(',')
                        .append(fix.latitude()).append(',').append(fix.longitude()).append(',')
                        .append(optional(fix.speedKnots())).append(',').append(optional(fix.courseDegrees())).append(',')
                        .append(fix.headingDegrees() < 0 ? "" : Integer.toString(fix.headingDegrees())).append(',')
                        .append(fix.source().name()).append("\r\n");
            }
            return out.toString();
        }
    },
    KML("application/vnd.google-earth.kml+xml", "kml") {
        @Override
        String write(VesselSnapshot vessel, List<PositionFix> fixes) {
            StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                    .append("<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document><Placemark><name>")
                    .append(xml(label(vessel))).append("</name><LineString><tessellate>1</tessellate><coordinates>");
            for (PositionFix fix : fixes) {
                out.append(fix.longitude()).append(',').append(fix.latitude()).append(' ');
            }
            return out.append("</coordinates></LineString></Placemark></Document></kml>\n").toString();
        }
    },
    GPX("application/gpx+xml", "gpx") {
        @Override
        String write(VesselSnapshot vessel, List<PositionFix> fixes) {
            StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                    .append("<gpx version=\"1.1\" creator=\"Coastwatch\" xmlns=\"http://www.topografix.com/GPX/1/1\">")
                    .append("<trk><name>").append(xml(label(vessel))).append("</name><trkseg>");
            for (PositionFix fix : fixes) {
                out.append("<trkpt lat=\"").append(fix.latitude()).append("\" lon=\"").append(fix.longitude())
                        .append("\"><time>").append(Instant.ofEpochMilli(fix.timeMillis())).append("</time></trkpt>");
            }
            return out.append("</trkseg></trk></gpx>\n").toString();
        }
    };

    private final MediaType mediaType;
    private final String extension;

    TrackFormat(String mediaType, String extension) {
        this.mediaType = MediaType.parseMediaType(mediaType);
        this.extension = extension;
    }

    /** The format named by {@code format}, or {@code null} for the JSON ones. */
    static TrackFormat named(String format) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "csv" -> CSV;
            case "kml" -> KML;
            case "gpx" -> GPX;
            case "json", "geojson" -> null;
            default -> throw new IllegalArgumentException("format must be json, geojson, csv, kml or gpx");
        };
    }

    abstract String write(VesselSnapshot vessel, List<PositionFix> fixes);

    MediaType mediaType() {
        return mediaType;
    }

    String fileName(VesselSnapshot vessel) {
        return "track-" + vessel.vesselId() + "." + extension;
    }

    static String label(VesselSnapshot vessel) {
        return vessel.name() != null ? vessel.name() + " (" + vessel.vesselId() + ")" : Long.toString(vessel.vesselId());
    }

    private static String optional(double value) {
        return Double.isFinite(value) ? Double.toString(value) : "";
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

package io.coastwatch.engine.zone.kml;

import io.coastwatch.engine.zone.Zone;
import io.coastwatch.engine.zone.geojson.ZoneDocument;
import io.coastwatch.engine.zone.geojson.ZoneImport;
import io.coastwatch.engine.zone.geojson.ZoneImportException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads zones from KML 2.2 (any namespace, or none: elements are matched by local name). Every
 * {@code Placemark}, wherever it is in the document (Document, Folder), is one zone, in document
 * order:
 * <ul>
 * <li>geometry: {@code Polygon} (outer and inner boundaries), {@code LineString}, or a
 *     {@code MultiGeometry} of polygons (a MultiPolygon) or of lines (a MultiLineString); a Point,
 *     a mixed MultiGeometry or a Placemark without geometry is a problem;</li>
 * <li>{@code id}, {@code kind}, {@code name} and {@code lengthClasses} (comma-separated) from the
 *     Placemark's {@code ExtendedData} ({@code Data/value} or {@code SchemaData/SimpleData}), else
 *     from lines {@code key: value} (or {@code key=value}) of its {@code description}; the name
 *     else from {@code name}; the id else from the Placemark's {@code id} attribute, else its name.
 *     Other ExtendedData fields, and the description, are kept as properties.</li>
 * </ul>
 * Validation and problem reports are those of GeoJSON ({@link ZoneImport}): all or nothing, each
 * problem with the placemark's index (from 0) and id, and the line of the document or the position
 * where it is wrong. DTDs and external entities are refused (no XXE). Thread-safe.
 */
public final class ZoneKml {
    /** The media type of KML. */
    public static final String MEDIA_TYPE = "application/vnd.google-earth.kml+xml";

    private static final Set<String> RESERVED = Set.of("id", "name", "kind", "lengthClasses");
    private static final Pattern DESCRIPTION_KEY = Pattern.compile(
            "(?m)^[\\s>]*(id|name|kind|lengthClasses)\\s*[:=]\\s*([^<\\r\\n]+)");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final GeometryFactory factory;
    private final XMLInputFactory xml;

    public ZoneKml(GeometryFactory factory) {
        this.factory = factory;
        this.xml = XMLInputFactory.newFactory();
        xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        xml.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        xml.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    /**
     * The zones of a KML document.
     *
     * @throws ZoneImportException listing every problem, when there is any
     */
    public List<Zone> read(String kml) throws ZoneImportException {
        return readDocument(kml).zones();
    }

    /**
     * The zones of a KML document, with the import's warnings about them.
     *
     * @throws ZoneImportException listing every problem, when there is any
     */
    public ZoneDocument readDocument(String kml) throws ZoneImportException {
        Element root = parse(kml);
        if (!root.name.equals("kml")) {
            throw ZoneImportException.ofDocument("not KML: the root element is <" + root.name + ">, not <kml>");
        }
        List<Element> placemarks = new ArrayList<>();
        root.collect("Placemark", placemarks);
        if (placemarks.isEmpty()) {
            throw ZoneImportException.ofDocument("no Placemark in the KML document");
        }
        ZoneImport zones = new ZoneImport();
        for (int index = 0; index < placemarks.size(); index++) {
            Element placemark = placemarks.get(index);
            Map<String, String> fields = fields(placemark);
            String id = fields.get("id");
            int placemarkIndex = index;
            zones.add(index, id, () -> zone(zones, placemarkIndex, placemark, fields));
        }
        return zones.document();
    }

    private Zone zone(ZoneImport zones, int index, Element placemark, Map<String, String> fields) {
        Map<String, String> kept = new LinkedHashMap<>();
        fields.forEach((key, value) -> {
            if (!RESERVED.contains(key)) {
                kept.put(key, value);
            }
        });
        String lengthClasses = fields.getOrDefault("lengthClasses", "");
        List<String> classes = lengthClasses.isBlank() ? List.of() : Arrays.asList(lengthClasses.split(","));
        if (fields.get("kind") == null) {
            throw new IllegalArgumentException(placemark.where() + "no kind (ExtendedData 'kind', or 'kind: …' in the description)");
        }
        return zones.zone(index, fields.get("id"), fields.get("name"), fields.get("kind"), classes, kept,
                () -> geometry(placemark));
    }

    /** id, name, kind, lengthClasses and the other fields, by the precedence of the class comment. */
    private static Map<String, String> fields(Element placemark) {
        Map<String, String> fields = new LinkedHashMap<>();
        Element extended = placemark.child("ExtendedData");
        if (extended != null) {
            for (Element data : extended.children) {
                if (data.name.equals("Data") && data.attributes.containsKey("name")) {
                    Element value = data.child("value");
                    fields.put(data.attributes.get("name"), value == null ? "" : value.text().strip());
                } else if (data.name.equals("SchemaData")) {
                    for (Element simple : data.children) {
                        if (simple.name.equals("SimpleData") && simple.attributes.containsKey("name")) {
                            fields.put(simple.attributes.get("name"), simple.text().strip());
                        }
                    }
                }
            }
        }
        Element description = placemark.child("description");
        if (description != null && !description.text().isBlank()) {
            Matcher key = DESCRIPTION_KEY.matcher(description.text());
            while (key.find()) {
                fields.putIfAbsent(key.group(1), key.group(2).strip());
            }
            fields.putIfAbsent("description", description.text().strip());
        }
        Element name = placemark.child("name");
        if (name != null && !name.text().isBlank()) {
            fields.putIfAbsent("name", name.text().strip());
        }
        String attributeId = placemark.attributes.get("id");
        if (attributeId != null && !attributeId.isBlank()) {
            fields.putIfAbsent("id", attributeId.strip());
        }
        if (fields.get("name") != null) {
            fields.putIfAbsent("id", fields.get("name"));
        }
        return fields;
    }

    private Geometry geometry(Element placemark) {
        List<Element> shapes = new ArrayList<>();
        for (Element child : placemark.children) {
            if (child.isGeometry()) {
                shapes.add(child);
            }
        }
        if (shapes.size() != 1) {
            throw new IllegalArgumentException(placemark.where() + (shapes.isEmpty()
                    ? "no Polygon, LineString or MultiGeometry" : "more than one geometry"));
        }
        Element shape = shapes.getFirst();
        if (!shape.name.equals("MultiGeometry")) {
            return single(shape);
        }
        List<Geometry> parts = new ArrayList<>();
        flatten(shape, parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException(shape.where() + "empty MultiGeometry");
        }
        if (parts.stream().allMatch(Polygon.class::isInstance)) {
            return factory.createMultiPolygon(parts.toArray(Polygon[]::new));
        }
        if (parts.stream().allMatch(LineString.class::isInstance)) {
            return factory.createMultiLineString(parts.toArray(LineString[]::new));
        }
        throw new IllegalArgumentException(shape.where() + "a MultiGeometry mixing polygons and lines cannot be a zone");
    }

    private void flatten(Element multi, List<Geometry> parts) {
        for (Element child : multi.children) {
            if (child.name.equals("MultiGeometry")) {
                flatten(child, parts);
            } else if (child.isGeometry()) {
                parts.add(single(child));
            }
        }
    }

    private Geometry single(Element shape) {
        return switch (shape.name) {
            case "Polygon" -> polygon(shape);
            case "LineString" -> factory.createLineString(coordinates(shape));
            default -> throw new IllegalArgumentException(shape.where() + "a " + shape.name + " cannot be a zone");
        };
    }

    private Polygon polygon(Element polygon) {
        Element outer = polygon.child("outerBoundaryIs");
        if (outer == null || outer.child("LinearRing") == null) {
            throw new IllegalArgumentException(polygon.where() + "Polygon without outerBoundaryIs/LinearRing");
        }
        LinearRing shell = ring(outer.child("LinearRing"));
        List<LinearRing> holes = new ArrayList<>();
        for (Element inner : polygon.children) {
            if (inner.name.equals("innerBoundaryIs") && inner.child("LinearRing") != null) {
                holes.add(ring(inner.child("LinearRing")));
            }
        }
        return factory.createPolygon(shell, holes.toArray(LinearRing[]::new));
    }

    private LinearRing ring(Element ring) {
        Coordinate[] coordinates = coordinates(ring);
        try {
            return factory.createLinearRing(coordinates);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(ring.where() + e.getMessage(), e);
        }
    }

    /** The {@code coordinates} of a LineString or LinearRing: tuples {@code lon,lat[,alt]} apart by white space. */
    private static Coordinate[] coordinates(Element shape) {
        Element element = shape.child("coordinates");
        String text = element == null ? "" : element.text().strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException(shape.where() + "no coordinates");
        }
        String[] tuples = WHITESPACE.split(text);
        Coordinate[] coordinates = new Coordinate[tuples.length];
        for (int i = 0; i < tuples.length; i++) {
            String[] parts = tuples[i].split(",");
            if (parts.length < 2 || parts.length > 3) {
                throw new IllegalArgumentException(element.where() + "coordinate '" + tuples[i] + "' is not lon,lat[,alt]");
            }
            try {
                coordinates[i] = ZoneImport.position(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                        tuples[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(element.where() + "coordinate '" + tuples[i] + "' is not numbers");
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(element.where() + e.getMessage(), e);
            }
        }
        return coordinates;
    }

    private Element parse(String kml) throws ZoneImportException {
        try {
            XMLStreamReader reader = xml.createXMLStreamReader(new StringReader(kml));
            try {
                List<Element> open = new ArrayList<>();
                Element root = null;
                while (reader.hasNext()) {
                    switch (reader.next()) {
                        case XMLStreamConstants.START_ELEMENT -> {
                            Element element = new Element(reader.getLocalName(), reader.getLocation().getLineNumber());
                            for (int i = 0; i < reader.getAttributeCount(); i++) {
                                element.attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                            }
                            if (open.isEmpty()) {
                                root = element;
                            } else {
                                open.getLast().children.add(element);
                            }
                            open.add(element);
                        }
                        case XMLStreamConstants.END_ELEMENT -> open.removeLast();
                        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                            if (!open.isEmpty()) {
                                open.getLast().text.append(reader.getText());
                            }
                        }
                        case XMLStreamConstants.DTD -> throw ZoneImportException.ofDocument(
                                "not accepted: a KML document with a DOCTYPE (line " + reader.getLocation().getLineNumber() + ")");
                        default -> {
                            // comments, processing instructions, white space outside elements
                        }
                    }
                }
                if (root == null) {
                    throw ZoneImportException.ofDocument("not KML: no element");
                }
                return root;
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw ZoneImportException.ofDocument("not KML: " + e.getMessage().replace('\n', ' '));
        }
    }

    /** An element of the document: local name, attributes, text, children, and the line it starts on. */
    private static final class Element {
        private static final Set<String> GEOMETRIES = Set.of("Polygon", "LineString", "MultiGeometry", "Point",
                "LinearRing", "Model", "Track", "MultiTrack");

        final String name;
        final int line;
        final Map<String, String> attributes = new LinkedHashMap<>();
        final List<Element> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        Element(String name, int line) {
            this.name = name;
            this.line = line;
        }

        String text() {
            return text.toString();
        }

        boolean isGeometry() {
            return GEOMETRIES.contains(name);
        }

        /** The first child called {@code childName}, or {@code null}. */
        Element child(String childName) {
            for (Element child : children) {
                if (child.name.equals(childName)) {
                    return child;
                }
            }
            return null;
        }

        void collect(String elementName, List<Element> found) {
            for (Element child : children) {
                if (child.name.equals(elementName)) {
                    found.add(child);
                } else {
                    child.collect(elementName, found);
                }
            }
        }

        /** A message prefix saying where this element is. */
        String where() {
            return "<" + name + "> at line " + line + ": ";
        }
    }
}

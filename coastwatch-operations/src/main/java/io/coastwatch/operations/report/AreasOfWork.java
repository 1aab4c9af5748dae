package io.coastwatch.operations.report;

import io.coastwatch.operations.common.Label;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The areas of work the review groups its indicators by, in the report's order, seeded from
 * {@code areas-of-work.csv} ({@code code,vi,en}). An area no line names is printed by its code, last.
 * Immutable and thread-safe.
 */
public final class AreasOfWork {

    private static final String SEED = "/io/coastwatch/operations/report/areas-of-work.csv";

    private final Map<String, Label> areas;

    public AreasOfWork(Map<String, Label> areas) {
        this.areas = new LinkedHashMap<>(areas);
    }

    /** The product's seed. */
    public static AreasOfWork seeded() {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
                .setIgnoreEmptyLines(true).get();
        try (InputStream in = Objects.requireNonNull(AreasOfWork.class.getResourceAsStream(SEED), SEED);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Map<String, Label> areas = new LinkedHashMap<>();
            for (CSVRecord row : format.parse(reader)) {
                areas.put(row.get("code").strip(), new Label(row.get("vi").strip(), row.get("en").strip()));
            }
            return new AreasOfWork(areas);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The area's name. */
    public Label label(String code) {
        return areas.getOrDefault(code, new Label(code, code));
    }

    /** {@code codes} in the report's order: the seed's first, then the others as given. */
    public List<String> ordered(List<String> codes) {
        List<String> known = areas.keySet().stream().filter(codes::contains).toList();
        return java.util.stream.Stream.concat(known.stream(), codes.stream().filter(code -> !areas.containsKey(code))
                .distinct()).toList();
    }
}

package io.coastwatch.operations.catalog;

import io.coastwatch.operations.common.Label;
import io.coastwatch.operations.common.Validity;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The shared catalogues: incident kinds and legal references, each entry with its validity. Read from
 * CSV files with a header (the seeds beside this class, or a deployment's own); a bad line is refused
 * with its number and column. Immutable and thread-safe.
 */
public final class Catalog {

    private static final String SEEDS = "/io/coastwatch/operations/catalog/";

    private final List<IncidentKind> incidentKinds;
    private final List<LegalReference> legalReferences;

    public Catalog(List<IncidentKind> incidentKinds, List<LegalReference> legalReferences) {
        this.incidentKinds = List.copyOf(incidentKinds);
        this.legalReferences = List.copyOf(legalReferences);
    }

    /** The catalogue seeded with the product ({@code incident-kinds.csv}, {@code legal-references.csv}). */
    public static Catalog seeded() {
        return new Catalog(readSeed("incident-kinds.csv", Catalog::incidentKinds),
                readSeed("legal-references.csv", Catalog::legalReferences));
    }

    /** Every incident kind, whatever its validity, in the file's order. */
    public List<IncidentKind> incidentKinds() {
        return incidentKinds;
    }

    /** The incident kinds valid on {@code day}. */
    public List<IncidentKind> incidentKindsOn(LocalDate day) {
        return incidentKinds.stream().filter(kind -> kind.validity().covers(day)).toList();
    }

    /** The kind valid on {@code day} with this id. */
    public Optional<IncidentKind> incidentKind(String id, LocalDate day) {
        return incidentKindsOn(day).stream().filter(kind -> kind.id().equals(id)).findFirst();
    }

    /** The kind that alerts of {@code ruleType} count as on {@code day}, if any (zone bookkeeping has none). */
    public Optional<IncidentKind> incidentKindOfRule(String ruleType, LocalDate day) {
        return incidentKindsOn(day).stream().filter(kind -> kind.ruleTypes().contains(ruleType)).findFirst();
    }

    public List<LegalReference> legalReferences() {
        return legalReferences;
    }

    /** The reference in force on {@code day} with this id. */
    public Optional<LegalReference> legalReference(String id, LocalDate day) {
        return legalReferences.stream()
                .filter(reference -> reference.id().equals(id) && reference.validity().covers(day))
                .findFirst();
    }

    /**
     * Incident kinds from CSV with the header {@code id,parent,vi,en,ruleTypes,validFrom,validTo}
     * ({@code ruleTypes} separated by spaces; empty {@code validTo} for none).
     *
     * @throws IllegalArgumentException naming the line and column of the first bad value
     */
    public static List<IncidentKind> incidentKinds(Reader csv) {
        return rows(csv, row -> new IncidentKind(row.get("id"), blankToNull(row.get("parent")),
                new Label(row.get("vi"), row.get("en")),
                row.get("ruleTypes").isBlank() ? List.of() : Arrays.asList(row.get("ruleTypes").trim().split("\\s+")),
                validity(row)));
    }

    /**
     * Legal references from CSV with the header {@code id,instrument,provision,vi,en,validFrom,validTo}.
     *
     * @throws IllegalArgumentException naming the line and column of the first bad value
     */
    public static List<LegalReference> legalReferences(Reader csv) {
        return rows(csv, row -> new LegalReference(row.get("id"), row.get("instrument"), row.get("provision"),
                new Label(row.get("vi"), row.get("en")), validity(row)));
    }

    private static <T> List<T> rows(Reader csv, Function<CSVRecord, T> parse) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setCommentMarker('#').setIgnoreEmptyLines(true).get();
        List<T> entries = new ArrayList<>();
        try {
            for (CSVRecord row : format.parse(csv)) {
                try {
                    entries.add(parse.apply(row));
                } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
                    throw new IllegalArgumentException("line " + (row.getRecordNumber() + 1) + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private static Validity validity(CSVRecord row) {
        String to = row.get("validTo");
        return new Validity(date(row, "validFrom"), to.isBlank() ? null : date(row, "validTo"));
    }

    private static LocalDate date(CSVRecord row, String column) {
        try {
            return LocalDate.parse(row.get(column).trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(column + ": '" + row.get(column) + "' is not a date (yyyy-mm-dd)", e);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static <T> List<T> readSeed(String name, Function<Reader, List<T>> parse) {
        try (InputStream in = Objects.requireNonNull(Catalog.class.getResourceAsStream(SEEDS + name), name);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse.apply(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ", " + e.getMessage(), e);
        }
    }
}

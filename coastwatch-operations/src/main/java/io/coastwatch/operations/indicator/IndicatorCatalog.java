package io.coastwatch.operations.indicator;

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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The indicator definitions, each with its validity: read from CSV with the header
 * {@code code,area,vi,en,units,direction,computation,argument,validFrom,validTo} ({@code units}: count
 * unit codes separated by spaces, the primary first; empty {@code validTo} for none). The product's
 * seed is {@code indicators.csv} beside this class; a deployment may load its own. Two definitions of
 * one code may not hold on the same day. Immutable and thread-safe.
 */
public final class IndicatorCatalog {

    private static final String SEED = "/io/coastwatch/operations/indicator/indicators.csv";

    private final List<Indicator> indicators;

    public IndicatorCatalog(List<Indicator> indicators) {
        this.indicators = List.copyOf(indicators);
        for (int i = 0; i < this.indicators.size(); i++) {
            for (int j = i + 1; j < this.indicators.size(); j++) {
                Indicator one = this.indicators.get(i);
                Indicator other = this.indicators.get(j);
                if (one.code().equals(other.code()) && one.validity().overlaps(other.validity())) {
                    throw new IllegalArgumentException("two definitions of indicator " + one.code() + " overlap");
                }
            }
        }
    }

    /** The product's seed. */
    public static IndicatorCatalog seeded() {
        try (InputStream in = Objects.requireNonNull(IndicatorCatalog.class.getResourceAsStream(SEED), SEED);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("indicators.csv, " + e.getMessage(), e);
        }
    }

    /**
     * The catalogue in {@code csv}.
     *
     * @throws IllegalArgumentException naming the line and the column of the first bad value
     */
    public static IndicatorCatalog read(Reader csv) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setCommentMarker('#').setIgnoreEmptyLines(true).get();
        List<Indicator> indicators = new ArrayList<>();
        try {
            for (CSVRecord row : format.parse(csv)) {
                try {
                    indicators.add(indicator(row));
                } catch (IllegalArgumentException | NullPointerException e) {
                    throw new IllegalArgumentException("line " + (row.getRecordNumber() + 1) + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new IndicatorCatalog(indicators);
    }

    private static Indicator indicator(CSVRecord row) {
        List<CountUnit> units = Arrays.stream(row.get("units").trim().split("\\s+"))
                .map(code -> CountUnit.ofCode(code)
                        .orElseThrow(() -> new IllegalArgumentException("units: no count unit '" + code + "'")))
                .toList();
        Direction direction = Direction.ofCode(row.get("direction").trim())
                .orElseThrow(() -> new IllegalArgumentException("direction: '" + row.get("direction")
                        + "' is not more, less or zero"));
        String to = row.get("validTo").trim();
        Validity validity = new Validity(date(row, "validFrom"), to.isEmpty() ? null : date(row, "validTo"));
        return new Indicator(row.get("code").trim(), row.get("area").trim(), new Label(row.get("vi"), row.get("en")),
                units, direction, row.get("computation").trim(), row.get("argument"), validity);
    }

    private static LocalDate date(CSVRecord row, String column) {
        try {
            return LocalDate.parse(row.get(column).trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(column + ": '" + row.get(column) + "' is not a date (yyyy-mm-dd)", e);
        }
    }

    /** Every definition, whatever its validity, in the file's order. */
    public List<Indicator> all() {
        return indicators;
    }

    /** The definitions that hold on {@code day}, in the file's order. */
    public List<Indicator> validOn(LocalDate day) {
        return indicators.stream().filter(indicator -> indicator.validity().covers(day)).toList();
    }

    /** The definition of {@code code} that holds on {@code day}. */
    public Optional<Indicator> find(String code, LocalDate day) {
        return validOn(day).stream().filter(indicator -> indicator.code().equals(code)).findFirst();
    }
}

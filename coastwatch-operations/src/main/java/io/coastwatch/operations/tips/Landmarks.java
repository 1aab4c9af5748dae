package io.coastwatch.operations.tips;

import io.coastwatch.operations.common.Label;
import io.coastwatch.operations.common.Validity;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The landmarks tips are told from, read from CSV with the header
 * {@code id,kind,vi,en,latitude,longitude,validFrom,validTo} (the seed beside this class, or a
 * deployment's own); a bad line is refused with its number. Immutable and thread-safe.
 */
public final class Landmarks {

    private final List<Landmark> landmarks;

    public Landmarks(List<Landmark> landmarks) {
        this.landmarks = List.copyOf(landmarks);
    }

    /** The landmarks seeded with the product ({@code landmarks.csv}). */
    public static Landmarks seeded() {
        try (InputStream in = Objects.requireNonNull(Landmarks.class.getResourceAsStream("landmarks.csv"), "landmarks.csv");
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws IllegalArgumentException naming the line of the first bad value */
    public static Landmarks read(Reader csv) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
                .setIgnoreEmptyLines(true).get();
        List<Landmark> landmarks = new ArrayList<>();
        try {
            for (CSVRecord row : format.parse(csv)) {
                try {
                    String to = row.get("validTo");
                    landmarks.add(new Landmark(row.get("id"), row.get("kind"), new Label(row.get("vi"), row.get("en")),
                            Double.parseDouble(row.get("latitude")), Double.parseDouble(row.get("longitude")),
                            new Validity(LocalDate.parse(row.get("validFrom")), to.isBlank() ? null : LocalDate.parse(to))));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("landmarks, line " + (row.getRecordNumber() + 1) + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Landmarks(landmarks);
    }

    /** The landmarks valid on {@code day}, in the file's order. */
    public List<Landmark> on(LocalDate day) {
        return landmarks.stream().filter(landmark -> landmark.validity().covers(day)).toList();
    }

    /** The landmark valid on {@code day} with this id. */
    public Optional<Landmark> find(String id, LocalDate day) {
        return on(day).stream().filter(landmark -> landmark.id().equals(id)).findFirst();
    }
}

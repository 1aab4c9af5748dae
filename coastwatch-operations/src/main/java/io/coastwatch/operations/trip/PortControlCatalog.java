package io.coastwatch.operations.trip;

import io.coastwatch.operations.common.Label;
import io.coastwatch.operations.common.Validity;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Port control's facts as data with validity dates ({@code port-control.csv} beside this class): the
 * refusal reasons a departure check gives, each with the provision it rests on, and the thresholds
 * the checks and the trips use (VMS from a length, how long silent is not transmitting, the overdue
 * grace). Immutable and thread-safe.
 */
public final class PortControlCatalog {

    /**
     * A refusal reason.
     *
     * @param id its code ({@code licence-expired})
     * @param legalReferenceId the catalogue's provision it rests on, or {@code null} ({@code other})
     * @param label its name for people
     * @param validity when it may be given
     */
    public record Reason(String id, String legalReferenceId, Label label, Validity validity) {
        public Reason {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(validity, "validity");
        }
    }

    /**
     * A threshold.
     *
     * @param id its code ({@code vms-silence})
     * @param value its number, in {@code unit}
     * @param unit {@code m} (metres) or {@code h} (hours)
     * @param legalReferenceId the provision it comes from, or {@code null} (the command's practice)
     * @param validity when it holds
     */
    public record Threshold(String id, double value, String unit, String legalReferenceId, Validity validity) {
        public Threshold {
            Objects.requireNonNull(id, "id");
            if (!unit.equals("m") && !unit.equals("h")) {
                throw new IllegalArgumentException(id + ": the unit is m or h, not " + unit);
            }
            Objects.requireNonNull(validity, "validity");
        }
    }

    private final List<Reason> reasons;
    private final List<Threshold> thresholds;

    public PortControlCatalog(List<Reason> reasons, List<Threshold> thresholds) {
        this.reasons = List.copyOf(reasons);
        this.thresholds = List.copyOf(thresholds);
    }

    /** The catalogue seeded with the product. */
    public static PortControlCatalog seeded() {
        try (InputStream in = PortControlCatalog.class.getResourceAsStream("port-control.csv")) {
            return read(new InputStreamReader(Objects.requireNonNull(in, "port-control.csv"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a catalogue file: header {@code kind,id,value,unit,legalReference,vi,en,validFrom,validTo},
     * lines starting {@code #} ignored.
     *
     * @throws IllegalArgumentException naming the line that is wrong
     */
    public static PortControlCatalog read(Reader csv) {
        List<Reason> reasons = new ArrayList<>();
        List<Threshold> thresholds = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try {
            for (CSVRecord row : format.parse(csv)) {
                try {
                    String reference = row.get("legalReference").isEmpty() ? null : row.get("legalReference");
                    Validity validity = new Validity(LocalDate.parse(row.get("validFrom")),
                            row.get("validTo").isEmpty() ? null : LocalDate.parse(row.get("validTo")));
                    switch (row.get("kind")) {
                        case "reason" -> reasons.add(new Reason(row.get("id"), reference,
                                new Label(row.get("vi"), row.get("en")), validity));
                        case "threshold" -> thresholds.add(new Threshold(row.get("id"), Double.parseDouble(row.get("value")),
                                row.get("unit"), reference, validity));
                        default -> throw new IllegalArgumentException("kind is reason or threshold, not " + row.get("kind"));
                    }
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("port-control catalogue, record " + row.getRecordNumber() + ": "
                            + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PortControlCatalog(reasons, thresholds);
    }

    /** Every reason, whatever its validity. */
    public List<Reason> reasons() {
        return reasons;
    }

    /** The reason {@code id} as it stands on {@code day}. */
    public Optional<Reason> reason(String id, LocalDate day) {
        return reasons.stream().filter(reason -> reason.id().equals(id) && reason.validity().covers(day)).findFirst();
    }

    /** The length (metres) of threshold {@code id} on {@code day}. */
    public double metres(String id, LocalDate day) {
        return threshold(id, day, "m").value();
    }

    /** The duration of threshold {@code id} on {@code day}. */
    public Duration duration(String id, LocalDate day) {
        return Duration.ofMinutes(Math.round(threshold(id, day, "h").value() * 60));
    }

    private Threshold threshold(String id, LocalDate day, String unit) {
        Threshold threshold = thresholds.stream()
                .filter(candidate -> candidate.id().equals(id) && candidate.validity().covers(day)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no threshold " + id + " on " + day));
        if (!threshold.unit().equals(unit)) {
            throw new IllegalStateException(id + " is in " + threshold.unit() + ", not " + unit);
        }
        return threshold;
    }
}

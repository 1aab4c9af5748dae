package io.coastwatch.engine.zone.geojson;

import java.util.List;
import java.util.stream.Collectors;

/** A zone document refused: every problem found, none of its zones loaded. */
public final class ZoneImportException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<ZoneProblem> problems;

    public ZoneImportException(List<ZoneProblem> problems) {
        super(problems.size() + " problem(s) in zone document: "
                + problems.stream().map(ZoneProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /** A document refused as a whole, for a problem of no one feature (not parseable, wrong root). */
    public static ZoneImportException ofDocument(String message) {
        return new ZoneImportException(List.of(new ZoneProblem(-1, null, message)));
    }

    /** The problems, in document order. */
    public List<ZoneProblem> problems() {
        return problems;
    }
}

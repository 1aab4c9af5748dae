package io.coastwatch.operations.cases;

import io.coastwatch.operations.access.Actor;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * How the other parts of the work open a case, or add to one, for something they found: an arrival
 * with a crew member missing, a control at sea that found a violation, a confirmed tip, an alert. The
 * cases part implements it; the caller's transaction is joined, and the case records where it came
 * from so that the link shows both ways. Thread-safe.
 */
public interface CaseIntake {

    /**
     * Opens a case for {@code report}, or adds it to the open case already linked to the same source.
     *
     * @return the case's id
     */
    String open(Actor actor, Report report);

    /**
     * What was found, for a new case.
     *
     * @param incidentKindId the kind, from the shared catalogue ({@link io.coastwatch.operations.catalog.Catalog})
     * @param unitId the unit the case is assigned to first
     * @param time when it happened
     * @param latitude where, degrees, or {@code NaN} when unknown
     * @param longitude where, degrees, or {@code NaN} when unknown
     * @param vesselIds the vessels involved (the engine's vessel ids), possibly empty
     * @param source what the case came from
     * @param summary a line for the case's title and first timeline entry, in Vietnamese
     */
    record Report(String incidentKindId, String unitId, Instant time, double latitude, double longitude,
            List<String> vesselIds, SourceRef source, String summary) {

        public Report {
            Objects.requireNonNull(incidentKindId, "incidentKindId");
            Objects.requireNonNull(unitId, "unitId");
            Objects.requireNonNull(time, "time");
            vesselIds = List.copyOf(vesselIds);
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(summary, "summary");
        }
    }

    /**
     * The record a case came from, for the link both ways.
     *
     * @param type kebab-case: {@code alert}, {@code tip}, {@code control}, {@code trip}, {@code mission}, {@code vms-outage}
     * @param id that record's id
     */
    record SourceRef(String type, String id) {

        public SourceRef {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(id, "id");
        }
    }
}

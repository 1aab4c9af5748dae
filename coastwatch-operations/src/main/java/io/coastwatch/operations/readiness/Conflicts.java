package io.coastwatch.operations.readiness;

import io.coastwatch.operations.org.Resource;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds what is wrong with a resource's planned uses ({@code docs/operations.md}, "Warnings"): a resource
 * planned on two missions at once, planned while its timeline says it is in maintenance, defective, crew
 * short or weather-limited, or planned with fewer persons than its crew. Stateless.
 */
public final class Conflicts {

    private Conflicts() {
    }

    /**
     * The conflicts of {@code commitments} (the resource's planned uses, any order) against each other,
     * its {@code timeline} and its crew size; each double booking is named once per mission.
     */
    public static List<Conflict> of(Resource resource, StatusTimeline timeline, List<Commitment> commitments) {
        List<Conflict> conflicts = new ArrayList<>();
        for (Commitment commitment : commitments) {
            for (Commitment other : commitments) {
                if (other != commitment && !other.missionId().equals(commitment.missionId()) && commitment.overlaps(other)) {
                    conflicts.add(new Conflict(Conflict.Kind.DOUBLE_BOOKED, resource.id(), commitment.missionId(),
                            other.missionId()));
                }
            }
            timeline.during(commitment.start(), commitment.end()).stream().map(StatusChange::status)
                    .filter(ResourceStatus::blocksPlanning).distinct()
                    .forEach(status -> conflicts.add(new Conflict(Conflict.Kind.UNAVAILABLE, resource.id(),
                            commitment.missionId(), status.slug())));
            if (resource.crewSize() != null && commitment.crewCount() < resource.crewSize()) {
                conflicts.add(new Conflict(Conflict.Kind.CREW_SHORT, resource.id(), commitment.missionId(),
                        commitment.crewCount() + "/" + resource.crewSize()));
            }
        }
        return conflicts;
    }
}

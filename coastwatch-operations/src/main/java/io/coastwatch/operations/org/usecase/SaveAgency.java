package io.coastwatch.operations.org.usecase;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.common.InvalidRequest;
import io.coastwatch.operations.common.Problem;
import io.coastwatch.operations.org.Agency;
import java.util.List;
import java.util.Optional;

/**
 * Creates an agency or changes one: its competences must be incident kinds of the catalogue on its
 * first day. Only whoever may change the whole command may.
 */
public final class SaveAgency {

    private final Organisation organisation;

    public SaveAgency(Organisation organisation) {
        this.organisation = organisation;
    }

    /**
     * @return the agency as stored
     * @throws InvalidRequest naming {@code competences} when one is not in the catalogue
     */
    public Agency execute(Actor actor, Agency agency) {
        return organisation.transactions().write(() -> {
            organisation.requireMayChange(actor, null);
            List<Problem> unknown = agency.competences().stream()
                    .filter(kind -> organisation.catalog().incidentKind(kind, agency.validity().validFrom()).isEmpty())
                    .map(kind -> new Problem("competences", "unknown-value", "'" + kind
                            + "' is not an incident kind of the catalogue on " + agency.validity().validFrom()))
                    .toList();
            if (!unknown.isEmpty()) {
                throw new InvalidRequest(unknown);
            }
            Optional<Agency> before = organisation.agencies().find(agency.id());
            if (before.isPresent() && before.get().equals(agency)) {
                return agency;
            }
            organisation.agencies().save(agency);
            organisation.audited(actor, null, before.isPresent() ? "update" : "create", "agency", agency.id(),
                    before.orElse(null), agency);
            return agency;
        });
    }
}

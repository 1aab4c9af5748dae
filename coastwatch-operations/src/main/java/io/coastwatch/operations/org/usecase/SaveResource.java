package io.coastwatch.operations.org.usecase;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.common.InvalidRequest;
import io.coastwatch.operations.org.Resource;
import java.util.Objects;
import java.util.Optional;

/** Records a resource or changes one; an MMSI belongs to one resource only. */
public final class SaveResource {

    private final Organisation organisation;

    public SaveResource(Organisation organisation) {
        this.organisation = organisation;
    }

    /**
     * @return the resource as stored
     * @throws InvalidRequest naming {@code unitId} when the unit does not exist today, or {@code mmsi}
     *     when another resource has it
     */
    public Resource execute(Actor actor, Resource resource) {
        return organisation.transactions().write(() -> {
            Optional<Resource> before = organisation.resources().find(resource.id());
            before.ifPresent(existing -> organisation.requireMayChange(actor, existing.unitId()));
            organisation.requireMayChange(actor, resource.unitId());
            SavePerson.requireUnitToday(organisation, resource.unitId());
            if (resource.mmsi() != null) {
                organisation.resources().all().stream()
                        .filter(other -> !other.id().equals(resource.id()) && Objects.equals(other.mmsi(), resource.mmsi()))
                        .findFirst()
                        .ifPresent(other -> {
                            throw InvalidRequest.of("mmsi", "duplicate", "MMSI " + resource.mmsi() + " is resource "
                                    + other.id() + "'s");
                        });
            }
            if (before.isPresent() && before.get().equals(resource)) {
                return resource;
            }
            organisation.resources().save(resource);
            organisation.audited(actor, resource.unitId(), before.isPresent() ? "update" : "create", "resource",
                    resource.id(), before.orElse(null), resource);
            return resource;
        });
    }
}

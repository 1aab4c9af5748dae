package io.coastwatch.operations.org.usecase;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.common.NotFound;
import io.coastwatch.operations.org.Resource;

/** Removes a resource (decommissioned, recorded by mistake); the audit log keeps what was recorded. */
public final class RemoveResource {

    private final Organisation organisation;

    public RemoveResource(Organisation organisation) {
        this.organisation = organisation;
    }

    /** @throws NotFound when there is no such resource */
    public void execute(Actor actor, String resourceId) {
        organisation.transactions().run(() -> {
            Resource before = organisation.resources().find(resourceId)
                    .orElseThrow(() -> new NotFound("no resource " + resourceId));
            organisation.requireMayChange(actor, before.unitId());
            organisation.resources().remove(resourceId);
            organisation.audited(actor, before.unitId(), "remove", "resource", resourceId, before, null);
        });
    }
}

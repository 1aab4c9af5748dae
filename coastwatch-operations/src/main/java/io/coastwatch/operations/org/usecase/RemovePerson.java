package io.coastwatch.operations.org.usecase;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.common.NotFound;
import io.coastwatch.operations.org.Person;

/** Removes a person recorded by mistake or who left; the audit log keeps what was recorded. */
public final class RemovePerson {

    private final Organisation organisation;

    public RemovePerson(Organisation organisation) {
        this.organisation = organisation;
    }

    /** @throws NotFound when there is no such person */
    public void execute(Actor actor, String personId) {
        organisation.transactions().run(() -> {
            Person before = organisation.persons().find(personId)
                    .orElseThrow(() -> new NotFound("no person " + personId));
            organisation.requireMayChange(actor, before.unitId());
            organisation.persons().remove(personId);
            organisation.audited(actor, before.unitId(), "remove", "person", personId, before, null);
        });
    }
}

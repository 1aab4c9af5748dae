package io.coastwatch.operations.org.usecase;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.common.InvalidRequest;
import io.coastwatch.operations.org.Person;
import java.util.Optional;

/** Records a person or changes one (a promotion, a new post, a move to another unit). */
public final class SavePerson {

    private final Organisation organisation;

    public SavePerson(Organisation organisation) {
        this.organisation = organisation;
    }

    /**
     * @return the person as stored
     * @throws InvalidRequest naming {@code unitId} when the unit does not exist today
     * @throws io.coastwatch.operations.common.OutOfScope when the actor may not change the person's unit (old or new)
     */
    public Person execute(Actor actor, Person person) {
        return organisation.transactions().write(() -> {
            Optional<Person> before = organisation.persons().find(person.id());
            before.ifPresent(existing -> organisation.requireMayChange(actor, existing.unitId()));
            organisation.requireMayChange(actor, person.unitId());
            requireUnitToday(organisation, person.unitId());
            if (before.isPresent() && before.get().equals(person)) {
                return person;
            }
            organisation.persons().save(person);
            organisation.audited(actor, person.unitId(), before.isPresent() ? "update" : "create", "person",
                    person.id(), before.orElse(null), person);
            return person;
        });
    }

    /** @throws InvalidRequest naming {@code unitId} when {@code unitId} does not exist today */
    static void requireUnitToday(Organisation organisation, String unitId) {
        if (organisation.units().on(unitId, organisation.today()).isEmpty()) {
            throw InvalidRequest.of("unitId", "unknown-value", "unit " + unitId + " does not exist today");
        }
    }
}

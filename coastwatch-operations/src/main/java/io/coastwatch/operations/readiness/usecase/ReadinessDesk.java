package io.coastwatch.operations.readiness.usecase;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.access.Role;
import io.coastwatch.operations.access.UnitScope;
import io.coastwatch.operations.audit.AuditLog;
import io.coastwatch.operations.common.NotFound;
import io.coastwatch.operations.common.OutOfScope;
import io.coastwatch.operations.common.Transactions;
import io.coastwatch.operations.org.ResourceRepository;
import io.coastwatch.operations.org.Unit;
import io.coastwatch.operations.org.UnitRepository;
import io.coastwatch.operations.org.UnitTree;
import io.coastwatch.operations.readiness.PlannedUses;
import io.coastwatch.operations.readiness.ReadinessRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the readiness use cases share: the ports, the clock, and the scope rules (a resource's status
 * and a unit's level belong to the unit; an actor reads and records those of their scope, and only a
 * commander of the unit or a unit above it sets its level). Immutable.
 *
 * @param transactions the unit of work
 * @param audit        the audit log
 * @param readiness    the orders and status changes
 * @param units        the organisation's units
 * @param resources    the organisation's resources
 * @param plannedUses  the resources' planned uses (the missions)
 * @param clock        the clock
 */
public record ReadinessDesk(Transactions transactions, AuditLog audit, ReadinessRepository readiness,
        UnitRepository units, ResourceRepository resources, PlannedUses plannedUses, Clock clock) {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Comparator<Unit> BY_CODE = Comparator.comparing(Unit::code);

    /** The tree of today's units (Vietnam's day). */
    public UnitTree tree() {
        return units.treeOn(LocalDate.now(clock.withZone(VIETNAM)));
    }

    /**
     * The units a board or a sum covers, in tree order (each unit before those below it, units of one
     * parent by code): {@code unitId} and those below it, or with
     * {@code unitId} {@code null} every unit; only those in {@code scope}.
     *
     * @throws NotFound when {@code unitId} is no unit of today or is out of scope (which is not disclosed)
     */
    public List<String> unitsOf(UnitScope scope, String unitId) {
        UnitTree tree = tree();
        List<String> ids = new ArrayList<>();
        if (unitId == null) {
            tree.roots().stream().sorted(BY_CODE).forEach(root -> walk(tree, root, ids));
        } else if (tree.find(unitId).isPresent() && scope.includesUnit(unitId)) {
            walk(tree, tree.find(unitId).orElseThrow(), ids);
        } else {
            throw new NotFound("no unit " + unitId);
        }
        ids.removeIf(id -> !scope.includesUnit(id));
        return ids;
    }

    private static void walk(UnitTree tree, Unit unit, List<String> ids) {
        ids.add(unit.id());
        tree.children(unit.id()).stream().sorted(BY_CODE).forEach(child -> walk(tree, child, ids));
    }

    /** Refuses an actor who does not hold {@code role} in {@code unitId} or a unit above it (a system job may). */
    public void requireRole(Actor actor, Role role, String unitId) {
        if (actor.isSystem()) {
            return;
        }
        Actor holding = new Actor(actor.account(), actor.personId(),
                actor.assignments().stream().filter(assignment -> assignment.role() == role).toList());
        if (holding.assignments().isEmpty() || !UnitScope.of(holding, tree()).includesUnit(unitId)) {
            throw new OutOfScope(actor.account() + " is not a " + role.slug() + " of unit " + unitId);
        }
    }
}

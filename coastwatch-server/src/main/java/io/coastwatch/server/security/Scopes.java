package io.coastwatch.server.security;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.access.UnitScope;
import io.coastwatch.operations.org.UnitRepository;
import io.coastwatch.operations.org.UnitTree;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The scope of an actor today: the units of the tree of the day ({@link UnitRepository#treeOn}, Vietnam's
 * calendar), the subtrees of the units the actor holds roles in and those units' areas
 * ({@link UnitScope#of}). The server's unit tree decides; nothing a client or a token claims widens it.
 * Without units (no organisation stored yet), only roles held in the command ({@code *}) reach anything.
 * Thread-safe.
 */
public final class Scopes {
    /** The calendar the unit tree's validity dates are in. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ObjectProvider<UnitRepository> units;
    private final Clock clock;

    public Scopes(ObjectProvider<UnitRepository> units, Clock clock) {
        this.units = units;
        this.clock = clock;
    }

    /** The units as they stand today. */
    public UnitTree today() {
        UnitRepository repository = units.getIfAvailable();
        return repository == null ? new UnitTree(List.of()) : repository.treeOn(LocalDate.now(clock.withZone(VIETNAM)));
    }

    /** What {@code actor} sees and changes today. */
    public UnitScope of(Actor actor) {
        return UnitScope.of(actor, today());
    }
}

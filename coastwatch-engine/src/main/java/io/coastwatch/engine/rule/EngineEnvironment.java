package io.coastwatch.engine.rule;

import io.coastwatch.engine.geo.LandMask;
import io.coastwatch.engine.geo.ShoreDistance;
import io.coastwatch.engine.registry.VesselRegistry;
import io.coastwatch.engine.track.ZoneSet;
import io.coastwatch.engine.track.ZoneStage;
import io.coastwatch.engine.zone.Zone;
import io.coastwatch.engine.zone.index.ZoneIndex;
import java.util.List;
import java.util.Objects;

/**
 * The {@link RuleEnvironment} the {@link RuleEngine} gives its rules: the zones in force (those of its
 * {@link ZoneStage}) and the registry (which the engine replaces on its writer thread), distance to port from the port and anchorage
 * zones, distance to shore from the bundled land ({@link ShoreDistance}, within about 1.2 km).
 *
 * <p>Writer thread only, like the rules that read it; {@link #distanceToShoreMetres} is thread-safe.
 */
public final class EngineEnvironment implements RuleEnvironment {
    private final LandMask land;
    private final ShoreDistance shore;
    private final ZoneStage zoneStage;
    private VesselRegistry registry;
    /** Changes whenever the registry is replaced, so that vessels look themselves up again. */
    private int registryGeneration;

    /**
     * @param zones the zones in force at first
     * @param registry the registry in force at first
     * @param land the coast (for distance to shore and the home side of national limits)
     */
    public EngineEnvironment(List<Zone> zones, VesselRegistry registry, LandMask land) {
        this(ZoneSet.of(zones, land), registry, land, ShoreDistance.vietnamRegion(land));
    }

    private EngineEnvironment(ZoneSet zones, VesselRegistry registry, LandMask land, ShoreDistance shore) {
        this.land = land;
        this.shore = shore;
        this.zoneStage = new ZoneStage(zones);
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /**
     * An environment for another engine over the same world: the zones in force now, the registry and
     * the distance-to-shore grid shared with this one (their indexes and the cells computed so far are
     * kept), a zones stage of its own with no vessel located yet. Writer thread of this environment's
     * engine, or before it starts (a benchmark building one engine after another).
     */
    public EngineEnvironment forAnotherEngine() {
        return new EngineEnvironment(zoneStage.zones(), registry, land, shore);
    }

    @Override
    public VesselRegistry registry() {
        return registry;
    }

    @Override
    public ZoneIndex zones() {
        return zoneStage.zones().index();
    }

    @Override
    public double distanceToPortMetres(double latitude, double longitude) {
        return zoneStage.zones().ports().metres(latitude, longitude);
    }

    @Override
    public double distanceToShoreMetres(double latitude, double longitude) {
        return shore.metres(latitude, longitude);
    }

    LandMask land() {
        return land;
    }

    ZoneSet zoneSet() {
        return zoneStage.zones();
    }

    /**
     * The zones stage over the zones in force: the pipeline runs it before the rules, and the rules'
     * environment reads its zones, so that both see the same zones for each update.
     */
    public ZoneStage zoneStage() {
        return zoneStage;
    }

    int registryGeneration() {
        return registryGeneration;
    }

    void replace(VesselRegistry newRegistry) {
        registry = Objects.requireNonNull(newRegistry, "registry");
        registryGeneration++;
    }
}

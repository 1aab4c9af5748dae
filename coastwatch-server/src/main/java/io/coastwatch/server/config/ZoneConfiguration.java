package io.coastwatch.server.config;

import io.coastwatch.engine.port.PositionStore;
import io.coastwatch.engine.zone.visit.AreaVisits;
import io.coastwatch.server.zone.ZoneService;
import io.coastwatch.store.Database;
import java.time.Clock;
import org.locationtech.jts.geom.GeometryFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The zones: the {@link ZoneService} over the store, seeded from {@code coastwatch.zones.seed} when the
 * store holds none, and the visits question over the position history.
 */
@Configuration(proxyBeanMethods = false)
public class ZoneConfiguration {

    /** WGS-84 longitude/latitude, floating precision: the geometry factory of every zone. */
    @Bean
    GeometryFactory geometryFactory() {
        return new GeometryFactory();
    }

    @Bean
    ZoneService zoneService(Database database, CoastwatchProperties properties, Clock clock, GeometryFactory factory) {
        ZoneService zones = new ZoneService(database.zones(), database.transactions(), database.audit(), clock, factory);
        zones.seed(properties.zones().seed());
        return zones;
    }

    @Bean
    AreaVisits areaVisits(PositionStore positions, GeometryFactory factory) {
        return new AreaVisits(positions, factory);
    }
}

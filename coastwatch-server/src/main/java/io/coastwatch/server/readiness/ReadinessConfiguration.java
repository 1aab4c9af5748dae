package io.coastwatch.server.readiness;

import io.coastwatch.operations.org.UnitRepository;
import io.coastwatch.operations.readiness.PlannedUses;
import io.coastwatch.operations.readiness.usecase.ReadinessDesk;
import io.coastwatch.store.Database;
import io.coastwatch.store.readiness.JdbcReadinessRepository;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The readiness use cases over the store. The resources' planned uses come from the {@link PlannedUses}
 * bean of the missions when there is one; without it no resource has a planned use.
 */
@Configuration(proxyBeanMethods = false)
public class ReadinessConfiguration {

    @Bean
    ReadinessDesk readinessDesk(Database database, UnitRepository units, ObjectProvider<PlannedUses> plannedUses,
            Clock clock) {
        PlannedUses uses = plannedUses.getIfAvailable(() -> (resourceIds, start, end) -> List.of());
        return new ReadinessDesk(database.transactions(), database.audit(),
                new JdbcReadinessRepository(database.transactions()), units, database.resources(), uses, clock);
    }
}

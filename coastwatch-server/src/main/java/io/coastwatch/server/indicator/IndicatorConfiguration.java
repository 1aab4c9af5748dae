package io.coastwatch.server.indicator;

import io.coastwatch.operations.catalog.Catalog;
import io.coastwatch.operations.indicator.IndicatorCatalog;
import io.coastwatch.operations.indicator.IndicatorComputation;
import io.coastwatch.operations.indicator.Indicators;
import io.coastwatch.operations.indicator.alert.AlertCount;
import io.coastwatch.operations.indicator.alert.AlertFacts;
import io.coastwatch.operations.indicator.alert.AlertResponseTime;
import io.coastwatch.operations.indicator.departure.DepartureCount;
import io.coastwatch.operations.org.UnitRepository;
import io.coastwatch.operations.plan.usecase.PlanDesk;
import io.coastwatch.store.Database;
import io.coastwatch.store.indicator.JdbcAlertFacts;
import io.coastwatch.store.indicator.JdbcDepartureFacts;
import io.coastwatch.store.plan.JdbcPlanRepository;
import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The indicators: the seeded catalogue ({@code indicators.csv}) with every {@link IndicatorComputation}
 * bean of the application — those of alerts and departures here; each later part declares its own in
 * its configuration — and the plan use cases over the store. A catalogue line naming a computation
 * that no bean provides stops the server at start.
 */
@Configuration(proxyBeanMethods = false)
public class IndicatorConfiguration {

    @Bean
    AlertFacts indicatorAlertFacts(Database database) {
        return new JdbcAlertFacts(database.transactions());
    }

    @Bean
    IndicatorComputation alertCount(AlertFacts alerts) {
        return new AlertCount(alerts, Catalog.seeded());
    }

    @Bean
    IndicatorComputation alertResponseTime(AlertFacts alerts) {
        return new AlertResponseTime(alerts, Catalog.seeded());
    }

    @Bean
    IndicatorComputation departureCount(Database database) {
        return new DepartureCount(new JdbcDepartureFacts(database.transactions()));
    }

    @Bean
    Indicators indicators(List<IndicatorComputation> computations) {
        return new Indicators(IndicatorCatalog.seeded(), computations);
    }

    @Bean
    PlanDesk planDesk(Database database, UnitRepository units, Indicators indicators, Clock clock) {
        return new PlanDesk(database.transactions(), database.audit(), new JdbcPlanRepository(database.transactions()),
                units, indicators, clock);
    }
}

package io.coastwatch.server.cases;

import io.coastwatch.operations.cases.CaseIntake;
import io.coastwatch.operations.cases.CaseRepository;
import io.coastwatch.operations.cases.usecase.CaseDesk;
import io.coastwatch.operations.cases.usecase.CaseIntakeService;
import io.coastwatch.operations.catalog.Catalog;
import io.coastwatch.operations.org.UnitRepository;
import io.coastwatch.store.Database;
import io.coastwatch.store.cases.JdbcCaseRepository;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The cases over the store: the repository (which the alert view also reads, for an alert's cases), the
 * use cases' desk and the {@link CaseIntake} through which port control and patrols open or join cases.
 */
@Configuration(proxyBeanMethods = false)
public class CaseConfiguration {

    @Bean
    CaseRepository caseRepository(Database database) {
        return new JdbcCaseRepository(database.transactions());
    }

    @Bean
    CaseDesk caseDesk(Database database, CaseRepository cases, UnitRepository units, Clock clock) {
        return new CaseDesk(database.transactions(), database.audit(), cases, units, database.persons(),
                database.agencies(), Catalog.seeded(), clock);
    }

    @Bean
    CaseIntake caseIntake(CaseDesk desk) {
        return new CaseIntakeService(desk);
    }
}

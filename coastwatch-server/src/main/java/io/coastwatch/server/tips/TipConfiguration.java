package io.coastwatch.server.tips;

import io.coastwatch.engine.alert.AlertState;
import io.coastwatch.engine.port.AlertQuery;
import io.coastwatch.operations.cases.usecase.CaseDesk;
import io.coastwatch.operations.tips.Landmarks;
import io.coastwatch.operations.tips.TipRepository;
import io.coastwatch.operations.tips.usecase.MergeSuggestions;
import io.coastwatch.operations.tips.usecase.TipDesk;
import io.coastwatch.store.Database;
import io.coastwatch.store.alert.AlertStore;
import io.coastwatch.store.tips.JdbcTipRepository;
import java.time.Clock;
import java.util.Arrays;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The tips over the store: the repository, the use cases' desk (with the seeded landmarks and the cases a
 * confirmed tip opens or joins) and the merge suggestions, which read the open alerts of a tip's vessels
 * from the alert store.
 */
@Configuration(proxyBeanMethods = false)
public class TipConfiguration {

    /** The most open alerts of one vessel offered for merging. */
    private static final int ALERTS_OFFERED = 20;

    @Bean
    TipRepository tipRepository(Database database) {
        return new JdbcTipRepository(database.transactions());
    }

    @Bean
    TipDesk tipDesk(Database database, TipRepository tips, CaseDesk cases, Clock clock) {
        return new TipDesk(database.transactions(), database.audit(), tips, Landmarks.seeded(), cases, clock);
    }

    @Bean
    MergeSuggestions mergeSuggestions(TipDesk desk, AlertStore alerts) {
        return new MergeSuggestions(desk, vesselId -> {
            if (!vesselId.matches("\\d{1,18}")) {
                return java.util.List.of();
            }
            return alerts.search(AlertQuery.builder().vesselId(Long.valueOf(vesselId))
                    .states(Arrays.stream(AlertState.values()).filter(AlertState::isOpen).toList())
                    .limit(ALERTS_OFFERED).build()).alerts().stream().map(alert -> Long.toString(alert.id())).toList();
        });
    }
}

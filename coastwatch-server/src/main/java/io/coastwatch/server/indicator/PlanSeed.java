package io.coastwatch.server.indicator;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.plan.usecase.CreatePlan;
import io.coastwatch.operations.plan.usecase.PlanDesk;
import io.coastwatch.operations.plan.usecase.SetTargets;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Seeds the demo's year plan ({@code demo/plan-2026.csv} beside this class: the plan's line, then its
 * targets) through the plan use cases as {@code system:seed}, audited, when the store holds no plan.
 * Stateless.
 */
final class PlanSeed {

    private static final String DEMO_PLAN = "demo/plan-2026.csv";
    private static final Actor SEEDER = Actor.system("seed");

    private PlanSeed() {
    }

    /** Seeds the demo plan unless a plan exists; the number of targets written. */
    static int seedDemo(PlanDesk desk) {
        if (!desk.plans().all().isEmpty()) {
            return 0;
        }
        List<CSVRecord> rows = rows();
        CSVRecord plan = rows.getFirst();
        new CreatePlan(desk).execute(SEEDER, new CreatePlan.Request(plan.get(0), plan.get(1), plan.get(2), plan.get(3),
                LocalDate.parse(plan.get(4)), LocalDate.parse(plan.get(5))));
        List<SetTargets.Request> targets = new ArrayList<>();
        for (CSVRecord target : rows.subList(2, rows.size())) {
            targets.add(new SetTargets.Request(target.get(0), blank(target.get(1)), day(target.get(2)), day(target.get(3)),
                    Double.valueOf(target.get(4))));
        }
        return new SetTargets(desk).execute(SEEDER, plan.get(0), targets).targets().size();
    }

    private static List<CSVRecord> rows() {
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setIgnoreEmptyLines(true).get();
        try (InputStream in = Objects.requireNonNull(PlanSeed.class.getResourceAsStream(DEMO_PLAN), DEMO_PLAN);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            List<CSVRecord> rows = format.parse(reader).getRecords();
            return rows.subList(1, rows.size()); // the plan's header line
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String blank(String text) {
        return text.isBlank() ? null : text.strip();
    }

    private static LocalDate day(String text) {
        return text.isBlank() ? null : LocalDate.parse(text.strip());
    }
}

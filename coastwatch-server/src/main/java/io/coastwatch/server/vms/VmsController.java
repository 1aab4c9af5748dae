package io.coastwatch.server.vms;

import io.coastwatch.engine.pipeline.Ingest;
import io.coastwatch.engine.pipeline.LivePicture;
import io.coastwatch.operations.access.Actor;
import io.coastwatch.server.api.ApiException;
import io.coastwatch.server.api.FieldError;
import io.coastwatch.server.config.CoastwatchProperties;
import io.coastwatch.server.registry.RegistryService;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/vms}: VMS reports as JSON ({@code application/json}: one object or an array) or
 * CSV ({@code text/csv}). All or nothing at validation: one bad report refuses the request with a 400
 * whose {@code errors} name every bad row and field (the first {@value VmsParser#MAX_ERRORS}), and
 * nothing is ingested. Refused too: reports timed more than {@code coastwatch.vms.max-ahead} ahead of
 * their receipt, more reports than {@code max-reports-per-post} (413), and rows naming more new
 * vessels than {@code max-new-vessels-per-post}. VMS reports go through a share of the engine's queue
 * of their own, so a VMS flood cannot take the AIS sources' room; when that share has no room within
 * {@code max-wait}, the reports from the first one not taken on are named in a 503, to be sent again;
 * otherwise 202 with the count. Every outcome is counted ({@link VmsMeters}).
 */
@RestController
public class VmsController {
    private final Ingest.Lane lane;
    private final VmsParser parser;
    private final NewVessels newVessels;
    private final RegistryService registry;
    private final LivePicture live;
    private final Clock clock;
    private final long maxWaitNanos;
    private final VmsMeters meters;

    public VmsController(Ingest ingest, LivePicture live, RegistryService registry, JsonMapper json,
            CoastwatchProperties properties, Clock clock, MeterRegistry meters) {
        CoastwatchProperties.Vms settings = properties.vms();
        this.lane = ingest.lane(settings.queueShare());
        this.parser = new VmsParser(json, settings.maxReportsPerPost(), settings.maxAhead());
        this.newVessels = new NewVessels(settings.maxNewVesselsPerPost());
        this.registry = registry;
        this.live = live;
        this.clock = clock;
        this.maxWaitNanos = settings.maxWait().toNanos();
        this.meters = new VmsMeters(meters);
    }

    /** What was accepted. */
    public record Accepted(int accepted) {
    }

    @PostMapping(path = "/api/v1/vms", consumes = "application/json")
    public ResponseEntity<?> postJson(@RequestBody String body, Actor actor) {
        long received = clock.millis();
        return ingest(read(() -> parser.parseJson(body, received)), actor.account());
    }

    @PostMapping(path = "/api/v1/vms", consumes = "text/csv")
    public ResponseEntity<?> postCsv(@RequestBody String body, Actor actor) {
        long received = clock.millis();
        return ingest(read(() -> parser.parseCsv(body, received)), actor.account());
    }

    private static VmsParser.Result read(java.util.function.Supplier<VmsParser.Result> parse) {
        try {
            return parse.get();
        } catch (VmsParser.TooManyReports e) {
            throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
        }
    }

    private ResponseEntity<?> ingest(VmsParser.Result result, String account) {
        if (result.errorCount() > 0) {
            refuse(account, result.errors(), result.errorsByCode());
        }
        List<FieldError> beyond = newVessels.beyondBound(result.rows(), registry.current(), live);
        if (!beyond.isEmpty()) {
            refuse(account, beyond.subList(0, Math.min(beyond.size(), VmsParser.MAX_ERRORS)),
                    Map.of(NewVessels.TOO_MANY, beyond.size()));
        }
        List<VmsParser.Row> rows = result.rows();
        int taken = offer(rows);
        if (taken < rows.size()) {
            meters.accepted(account, taken);
            meters.notTaken(account, rows.size() - taken);
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "the engine is overloaded: " + taken + " of " + rows.size() + " reports accepted; send those from "
                            + place(rows.get(taken)) + " on again");
            problem.setProperty("accepted", taken);
            problem.setProperty("notTakenFrom", place(rows.get(taken)));
            problem.setProperty("notTaken", rows.size() - taken);
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem);
        }
        meters.accepted(account, taken);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Accepted(taken));
    }

    /** Offers the reports in order, waiting up to the max wait in all; how many were taken. */
    private int offer(List<VmsParser.Row> rows) {
        long deadline = System.nanoTime() + maxWaitNanos;
        for (int i = 0; i < rows.size(); i++) {
            try {
                if (!lane.offer(rows.get(i).report(), Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    return i;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return i;
            }
        }
        return rows.size();
    }

    private void refuse(String account, List<FieldError> errors, Map<String, Integer> errorsByCode) {
        meters.refused(account, errorsByCode);
        int count = errorsByCode.values().stream().mapToInt(Integer::intValue).sum();
        FieldError first = errors.get(0);
        String more = count == 1 ? "" : " (and " + (count - 1) + " more"
                + (count > errors.size() ? "; the first " + errors.size() + " are listed" : "") + ")";
        throw new ApiException(HttpStatus.BAD_REQUEST, "nothing was accepted: " + first.field() + ": " + first.message()
                + more, errors);
    }

    private static String place(VmsParser.Row row) {
        return row.place().isEmpty() ? "the report" : row.place();
    }
}

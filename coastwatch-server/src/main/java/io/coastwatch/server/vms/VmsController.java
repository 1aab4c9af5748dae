package io.coastwatch.server.vms;

import io.coastwatch.engine.pipeline.Ingest;
import java.util.ArrayList;
import java.util.List;
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
 * naming every bad line (up to 100) and nothing is ingested. Reports the engine's full queue drops are
 * named in a 503, so the sender knows which to send again; otherwise 202 with the count.
 */
@RestController
public class VmsController {
    private final Ingest ingest;
    private final VmsParser parser;

    public VmsController(Ingest ingest, JsonMapper json) {
        this.ingest = ingest;
        this.parser = new VmsParser(json);
    }

    /** What was accepted. */
    public record Accepted(int accepted) {
    }

    @PostMapping(path = "/api/v1/vms", consumes = "application/json")
    public ResponseEntity<?> postJson(@RequestBody String body) {
        return ingest(parser.parseJson(body));
    }

    @PostMapping(path = "/api/v1/vms", consumes = "text/csv")
    public ResponseEntity<?> postCsv(@RequestBody String body) {
        return ingest(parser.parseCsv(body));
    }

    private ResponseEntity<?> ingest(VmsParser.Result result) {
        if (!result.errors().isEmpty()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "nothing was accepted: " + result.errors().get(0)
                            + (result.errors().size() > 1 ? " (and " + (result.errors().size() - 1) + " more errors)" : ""));
            problem.setProperty("errors", result.errors());
            return ResponseEntity.badRequest().body(problem);
        }
        List<String> dropped = new ArrayList<>();
        for (int i = 0; i < result.reports().size(); i++) {
            if (!ingest.offer(result.reports().get(i))) {
                dropped.add(result.places().get(i));
            }
        }
        if (!dropped.isEmpty()) {
            int accepted = result.reports().size() - dropped.size();
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "the engine is overloaded: " + accepted + " of " + result.reports().size()
                            + " reports accepted; send the dropped ones again");
            problem.setProperty("accepted", accepted);
            problem.setProperty("dropped", dropped);
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem);
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Accepted(result.reports().size()));
    }
}

package io.coastwatch.server.source;

import io.coastwatch.ais.RejectReason;
import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.access.Role;
import io.coastwatch.server.api.ApiException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET|POST|DELETE /api/v1/sources}: the sources with their statistics; adding and removing
 * (administrators) those defined through the API, which persist across restarts. The error and
 * refusal texts (which name hosts, ports, files and peers) are shown to administrators only; other
 * users see the state and the counts.
 */
@RestController
public class SourceController {
    private final SourceManager sources;

    public SourceController(SourceManager sources) {
        this.sources = sources;
    }

    /** A source to add. */
    public record NewSource(String id, String uri, Boolean enabled) {
    }

    /**
     * A source with its statistics.
     *
     * @param lastError the last connection or file error; {@code null} for non-administrators
     * @param lastRefusal what was last refused at the door and why; {@code null} for non-administrators
     * @param refusedByReason connections, datagrams and messages refused by policy, by reason
     *     ({@code peer-not-allowed}, {@code peer-full}, {@code listener-full}, {@code in-the-future})
     */
    public record SourceView(
            String id,
            String uri,
            String origin,
            boolean enabled,
            String createdBy,
            String state,
            String lastError,
            String lastRefusal,
            long lines,
            long messages,
            long rejected,
            Map<String, Long> rejectedByReason,
            Map<String, Long> refusedByReason,
            long droppedByEngineQueue,
            long droppedFragments,
            double messagesPerSecond,
            String lastData,
            long connections,
            long reconnects) {

        static SourceView of(SourceManager.Running running, boolean administrator) {
            SourceStats stats = running.source().stats();
            SourceStats.Snapshot counts = stats.snapshot();
            Map<String, Long> reasons = new LinkedHashMap<>();
            for (RejectReason reason : RejectReason.values()) {
                reasons.put(reason.name().toLowerCase(Locale.ROOT), counts.rejectedByReason().get(reason));
            }
            reasons.put("oversized_line", counts.oversizedLines());
            Map<String, Long> refusals = new LinkedHashMap<>();
            counts.refusedByReason().forEach((refusal, count) -> refusals.put(refusal.slug(), count));
            long lastData = stats.lastDataMillis();
            return new SourceView(running.definition().id(), running.definition().uri(), running.origin().name(),
                    running.definition().enabled(), running.definition().createdBy(), stats.state().name(),
                    administrator ? stats.lastError() : null, administrator ? stats.lastRefusal() : null,
                    counts.lines(), counts.messages(), counts.rejected(), reasons, refusals, counts.droppedByIngest(), counts.droppedFragments(), Math.round(stats.messagesPerSecond() * 10) / 10.0,
                    lastData == Long.MIN_VALUE ? null : Instant.ofEpochMilli(lastData).toString(),
                    counts.connections(), counts.reconnects());
        }
    }

    @GetMapping("/api/v1/sources")
    public List<SourceView> all(Actor caller) {
        boolean administrator = isAdministrator(caller);
        return sources.all().stream().map(running -> SourceView.of(running, administrator)).toList();
    }

    @GetMapping("/api/v1/sources/{id}")
    public SourceView one(@PathVariable String id, Actor caller) {
        boolean administrator = isAdministrator(caller);
        return sources.find(id).map(running -> SourceView.of(running, administrator))
                .orElseThrow(() -> ApiException.notFound("no source '" + id + "'"));
    }

    @PostMapping("/api/v1/sources")
    public ResponseEntity<SourceView> add(@RequestBody NewSource request, Actor caller) {
        if (request == null || request.uri() == null) {
            throw ApiException.badRequest("id and uri are needed");
        }
        SourceManager.Running added = sources.add(request.id(), request.uri(),
                request.enabled() == null || request.enabled(), caller);
        return ResponseEntity.status(HttpStatus.CREATED).body(SourceView.of(added, true));
    }

    @DeleteMapping("/api/v1/sources/{id}")
    public ResponseEntity<Void> remove(@PathVariable String id, Actor caller) {
        if (!sources.remove(id, caller)) {
            throw ApiException.notFound("no source '" + id + "'");
        }
        return ResponseEntity.noContent().build();
    }

    /** Whether {@code caller} may see what the sources' errors name (hosts, files, peers): system administrators. */
    private static boolean isAdministrator(Actor caller) {
        return caller.holds(Role.SYSTEM_ADMIN);
    }
}

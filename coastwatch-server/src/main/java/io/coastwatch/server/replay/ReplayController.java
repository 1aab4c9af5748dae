package io.coastwatch.server.replay;

import io.coastwatch.engine.pipeline.LivePicture;
import io.coastwatch.engine.port.PositionStore;
import io.coastwatch.engine.track.PositionFix;
import io.coastwatch.engine.track.VesselSnapshot;
import io.coastwatch.server.api.ApiException;
import io.coastwatch.server.api.TimeParameter;
import io.coastwatch.server.vessel.VesselView;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/replay?from=&to=&stepSeconds=&limit=}: every vessel's stored positions in a past
 * period, in time order, at most one per vessel per {@code stepSeconds} (implausible fixes left out),
 * with the vessels' identities as the live picture knows them now. Positions are compact arrays
 * {@code [vesselId, timeMillis, latitude, longitude, speedKnots|null, courseDegrees|null]}. At most
 * {@link #MAX_PERIOD} long and {@code limit} stored rows read ({@code truncated} says when the period
 * held more). Stateless.
 */
@RestController
public class ReplayController {
    static final Duration MAX_PERIOD = Duration.ofDays(7);
    static final int MAX_ROWS = 2_000_000;

    private final PositionStore positions;
    private final LivePicture picture;

    public ReplayController(PositionStore positions, LivePicture picture) {
        this.positions = positions;
        this.picture = picture;
    }

    /** A replayed period. */
    public record Replay(String from, String to, int stepSeconds, boolean truncated, int rowsRead,
            List<VesselView> vessels, List<Object[]> positions) {
    }

    @GetMapping("/api/v1/replay")
    public Replay replay(@RequestParam String from, @RequestParam String to,
            @RequestParam(defaultValue = "30") int stepSeconds,
            @RequestParam(defaultValue = "500000") int limit) {
        long fromMillis = TimeParameter.parseMillis("from", from);
        long toMillis = TimeParameter.parseMillis("to", to);
        if (fromMillis >= toMillis) {
            throw ApiException.badRequest("from must be before to");
        }
        if (toMillis - fromMillis > MAX_PERIOD.toMillis()) {
            throw ApiException.badRequest("a replay covers at most " + MAX_PERIOD.toDays() + " days");
        }
        if (stepSeconds < 0 || stepSeconds > 3600) {
            throw ApiException.badRequest("stepSeconds must be 0-3600");
        }
        if (limit < 1 || limit > MAX_ROWS) {
            throw ApiException.badRequest("limit must be 1-" + MAX_ROWS);
        }
        List<PositionFix> rows = positions.period(fromMillis, toMillis, limit + 1);
        boolean truncated = rows.size() > limit;
        long stepMillis = stepSeconds * 1000L;
        Map<Long, Long> lastKept = new HashMap<>();
        Map<Long, VesselView> vessels = new LinkedHashMap<>();
        List<Object[]> kept = new ArrayList<>();
        for (PositionFix fix : truncated ? rows.subList(0, limit) : rows) {
            Long previous = lastKept.get(fix.vesselId());
            if (!fix.isPlausible() || previous != null && fix.timeMillis() - previous < stepMillis) {
                continue;
            }
            lastKept.put(fix.vesselId(), fix.timeMillis());
            vessels.computeIfAbsent(fix.vesselId(), this::view);
            kept.add(new Object[] {fix.vesselId(), fix.timeMillis(), fix.latitude(), fix.longitude(),
                    finite(fix.speedKnots()), finite(fix.courseDegrees())});
        }
        return new Replay(Instant.ofEpochMilli(fromMillis).toString(), Instant.ofEpochMilli(toMillis).toString(),
                stepSeconds, truncated, Math.min(rows.size(), limit), List.copyOf(vessels.values()), kept);
    }

    /** The vessel as known now; only its id when the live picture no longer holds it. */
    private VesselView view(long vesselId) {
        Optional<VesselSnapshot> vessel = picture.vessel(vesselId);
        return vessel.map(VesselView::of).orElseGet(() -> VesselView.unknown(vesselId));
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}

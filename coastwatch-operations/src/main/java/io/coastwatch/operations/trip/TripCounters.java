package io.coastwatch.operations.trip;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts trips' events per station and day ({@link StationDayCount}): a departure on the day of its
 * {@link TripEvent.Departed}, an arrival on that of its {@link TripEvent.Arrived}, a refusal on that of
 * its decision. Stateless and thread-safe.
 */
public final class TripCounters {

    /** The calendar days are Vietnam's. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private TripCounters() {
    }

    /**
     * The counts of {@code trips} of the stations in {@code stationIds} (every station when {@code null})
     * on the days from {@code from} to {@code to}, both included; a station and day without any event is
     * left out. By station, then day (a {@link TreeMap} of each).
     */
    public static List<StationDayCount> count(Collection<Trip> trips, Set<String> stationIds, LocalDate from,
            LocalDate to) {
        Map<String, Map<LocalDate, Tally>> tallies = new TreeMap<>();
        for (Trip trip : trips) {
            String station = trip.declaration().stationId();
            if (stationIds != null && !stationIds.contains(station)) {
                continue;
            }
            int crew = trip.declaration().crew();
            for (TripEvent event : trip.events()) {
                LocalDate day = day(event.at());
                if (day.isBefore(from) || day.isAfter(to)) {
                    continue;
                }
                Tally tally = tallies.computeIfAbsent(station, s -> new TreeMap<>()).computeIfAbsent(day, d -> new Tally());
                switch (event) {
                    case TripEvent.Departed departed -> {
                        tally.departures++;
                        tally.crewOut += crew;
                    }
                    case TripEvent.Arrived arrived -> {
                        tally.arrivals++;
                        tally.crewIn += arrived.crewCounted();
                    }
                    case TripEvent.Decided decided when decided.decision() == TripState.REFUSED ->
                            decided.reasons().forEach(reason -> tally.refusals.merge(reason, 1, Integer::sum));
                    default -> {
                    }
                }
            }
        }
        List<StationDayCount> counts = new ArrayList<>();
        tallies.forEach((station, days) -> days.forEach((day, tally) -> {
            if (!tally.empty()) {
                counts.add(new StationDayCount(station, day, tally.departures, tally.crewOut, tally.arrivals,
                        tally.crewIn, tally.refusals));
            }
        }));
        return counts;
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, VIETNAM);
    }

    /** One station's day, counted. */
    private static final class Tally {
        int departures;
        int crewOut;
        int arrivals;
        int crewIn;
        final Map<String, Integer> refusals = new HashMap<>();

        boolean empty() {
            return departures == 0 && arrivals == 0 && refusals.isEmpty();
        }
    }
}

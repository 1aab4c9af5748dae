package io.coastwatch.operations.trip;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * Port control's counters of one station on one day (Vietnam's calendar), as the indicators read them:
 * lượt tàu and lượt thuyền viên out and in, and the refusals by reason. Immutable.
 *
 * @param stationId the station
 * @param day the day
 * @param departures vessels that departed (lượt tàu xuất bến)
 * @param crewOut people on board them (lượt thuyền viên xuất bến)
 * @param arrivals vessels that arrived (lượt tàu nhập bến)
 * @param crewIn people counted on arrival (lượt thuyền viên nhập bến)
 * @param refusals refused departures by reason code (a refusal with two reasons counts under both)
 */
public record StationDayCount(String stationId, LocalDate day, int departures, int crewOut, int arrivals, int crewIn,
        Map<String, Integer> refusals) {

    public StationDayCount {
        Objects.requireNonNull(stationId, "stationId");
        Objects.requireNonNull(day, "day");
        refusals = Map.copyOf(refusals);
    }
}

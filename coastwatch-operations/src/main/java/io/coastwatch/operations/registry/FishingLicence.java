package io.coastwatch.operations.registry;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A vessel's fishing licence (giấy phép khai thác thủy sản, Law on Fisheries 2017 Art. 49): its number,
 * the gear and the sea area it allows, and its last valid day. Immutable.
 *
 * @param number the licence's number
 * @param gear the gear it allows ({@code purse-seine}, free text as the fisheries authority writes it), or {@code ""}
 * @param zoneClass the sea area it allows ({@code coastal}, {@code inshore}, {@code offshore}), or {@code ""}
 * @param validUntil its last valid day
 */
public record FishingLicence(String number, String gear, String zoneClass, LocalDate validUntil) {

    public FishingLicence {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(gear, "gear");
        Objects.requireNonNull(zoneClass, "zoneClass");
        Objects.requireNonNull(validUntil, "validUntil");
    }

    /** Whether it is valid on {@code day}. */
    public boolean validOn(LocalDate day) {
        return !day.isAfter(validUntil);
    }
}

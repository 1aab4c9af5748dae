package io.coastwatch.engine.registry;

import io.coastwatch.engine.zone.VesselLengthClass;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A fishing vessel of the national fisheries registry (VNFishbase), as imported from CSV. Immutable.
 *
 * @param registrationNumber registration number, such as {@code NT-90123-TS}; unique, non-blank
 * @param name the vessel's name, or {@code ""}
 * @param owner the owner's name, or {@code ""}
 * @param lengthMetres length overall, metres (decides the {@link #lengthClass()})
 * @param gear main fishing gear as registered (free text, e.g. {@code PURSE_SEINE}), or {@code ""}
 * @param licenceValidUntil last day the fishing licence is valid, or {@code null} when it has none
 * @param mmsi the MMSI of its AIS transponder, or 0 when it carries none
 * @param vmsDeviceId the id of its VMS terminal, or {@code null} when it carries none
 * @param homePort id of its home port zone, or {@code ""}
 */
public record RegisteredVessel(String registrationNumber, String name, String owner, double lengthMetres,
        String gear, LocalDate licenceValidUntil, int mmsi, String vmsDeviceId, String homePort) {

    public RegisteredVessel {
        Objects.requireNonNull(registrationNumber, "registrationNumber");
        if (registrationNumber.isBlank()) {
            throw new IllegalArgumentException("blank registration number");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(gear, "gear");
        Objects.requireNonNull(homePort, "homePort");
    }

    /** The length class of Decree 26/2019 Art. 43 that decides where it may fish. */
    public VesselLengthClass lengthClass() {
        return VesselLengthClass.of(lengthMetres);
    }

    /** Whether its licence is valid on {@code day}. */
    public boolean licensedOn(LocalDate day) {
        return licenceValidUntil != null && !day.isAfter(licenceValidUntil);
    }
}

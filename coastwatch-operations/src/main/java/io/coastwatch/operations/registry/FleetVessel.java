package io.coastwatch.operations.registry;

import io.coastwatch.engine.registry.RegisteredVessel;
import io.coastwatch.engine.track.RegistrationNumbers;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A fishing vessel of the fleet registry: who owns and sails it, what it may fish with and where, the
 * certificates a station checks at departure, how it is seen (MMSI, up to two VMS devices), its home
 * port and home station, and the watch lists it is on. Immutable.
 *
 * @param registrationNumber the registration number as the regulation writes it ({@code NT-90123-TS});
 *     the vessel's identity is its {@link #key()}, however the number is spelled
 * @param name the vessel's name, or {@code ""}
 * @param hullMarking what is painted on the hull when it differs from the number, or {@code ""}
 * @param lengthMetres length overall, metres, in (0, 500)
 * @param gear the main fishing gear as registered, or {@code ""}
 * @param licence the fishing licence, or {@code null} when it holds none
 * @param safetyCertificateValidUntil the last valid day of its technical safety certificate, or {@code null}
 * @param mmsi the MMSI of its AIS transponder, or 0 when it carries none
 * @param vmsDeviceIds the ids of its VMS terminals, at most {@link #MAX_VMS_DEVICES}
 * @param homePort the id of its home port zone, or {@code ""}
 * @param homeStationId the Border Guard station (unit id) that keeps its record, or {@code null}
 * @param owner the owner's name, or {@code ""}
 * @param captain its captain, or {@code null} when not recorded
 * @param chiefEngineer its chief engineer, or {@code null} when not recorded
 * @param watchLists the slugs of the watch lists it is on ({@code stolen}, {@code iuu} …)
 */
public record FleetVessel(String registrationNumber, String name, String hullMarking, double lengthMetres,
        String gear, FishingLicence licence, LocalDate safetyCertificateValidUntil, int mmsi,
        List<String> vmsDeviceIds, String homePort, String homeStationId, String owner, CrewOfficer captain,
        CrewOfficer chiefEngineer, List<String> watchLists) {

    /** A vessel carries at most this many VMS terminals (a main and a spare). */
    public static final int MAX_VMS_DEVICES = 2;

    public FleetVessel {
        Objects.requireNonNull(registrationNumber, "registrationNumber");
        if (registrationNumber.isBlank()) {
            throw new IllegalArgumentException("blank registration number");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(hullMarking, "hullMarking");
        Objects.requireNonNull(gear, "gear");
        Objects.requireNonNull(homePort, "homePort");
        Objects.requireNonNull(owner, "owner");
        if (!(lengthMetres > 0 && lengthMetres < 500)) {
            throw new IllegalArgumentException("not a vessel's length: " + lengthMetres);
        }
        vmsDeviceIds = List.copyOf(vmsDeviceIds);
        if (vmsDeviceIds.size() > MAX_VMS_DEVICES) {
            throw new IllegalArgumentException("at most " + MAX_VMS_DEVICES + " VMS devices: " + vmsDeviceIds);
        }
        watchLists = List.copyOf(watchLists);
    }

    /** The identity of {@link #registrationNumber()}, the same however it is spelled ({@link #keyOf}). */
    public String key() {
        return keyOf(registrationNumber);
    }

    /**
     * The identity of a registration number: {@link RegistrationNumbers#key} ({@code NT 90123 TS},
     * {@code nt-90123-ts} and {@code NT90123TS} are one vessel), or the text upper-cased without spaces
     * and hyphens when it is not written as the regulation's numbers are.
     */
    public static String keyOf(String registrationNumber) {
        String key = RegistrationNumbers.key(registrationNumber);
        return key != null ? key
                : registrationNumber.strip().replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT);
    }

    /** Whether it is on any watch list. */
    public boolean watchListed() {
        return !watchLists.isEmpty();
    }

    /**
     * The fleet record of a vessel of the first registry or of the simulator's records (no hull
     * marking, licence number, certificates, home station or watch list: those were not recorded).
     */
    public static FleetVessel of(RegisteredVessel vessel) {
        FishingLicence licence = vessel.licenceValidUntil() == null ? null
                : new FishingLicence("", vessel.gear(), "", vessel.licenceValidUntil());
        return new FleetVessel(vessel.registrationNumber(), vessel.name(), "", vessel.lengthMetres(), vessel.gear(),
                licence, null, vessel.mmsi(), vessel.vmsDeviceId() == null ? List.of() : List.of(vessel.vmsDeviceId()),
                vessel.homePort(), null, vessel.owner(), null, null, List.of());
    }

    /** What the detection rules read of it: the engine's registry entry (its first VMS device). */
    public RegisteredVessel registered() {
        return new RegisteredVessel(registrationNumber, name, owner, lengthMetres, gear,
                licence == null ? null : licence.validUntil(), mmsi,
                vmsDeviceIds.isEmpty() ? null : vmsDeviceIds.getFirst(), homePort);
    }
}

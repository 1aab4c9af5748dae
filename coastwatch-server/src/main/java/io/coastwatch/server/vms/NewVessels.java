package io.coastwatch.server.vms;

import io.coastwatch.engine.pipeline.LivePicture;
import io.coastwatch.engine.registry.VesselRegistry;
import io.coastwatch.engine.track.RegistrationNumbers;
import io.coastwatch.engine.track.VesselSnapshot;
import io.coastwatch.server.api.FieldError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The bound on what unknown identities may create: a VMS report that names a vessel neither the
 * fisheries registry nor the live picture knows (by registration number, or VMS device id) creates a
 * vessel, so one request may name at most {@code maxPerPost} such vessels; the rows naming more are
 * refused ({@code too-many-new-vessels}). Known vessels are unlimited. Thread-safe.
 */
final class NewVessels {
    static final String TOO_MANY = "too-many-new-vessels";

    private final int maxPerPost;

    NewVessels(int maxPerPost) {
        this.maxPerPost = maxPerPost;
    }

    /** The errors of the rows that name a new vessel beyond the bound (empty when within it). */
    List<FieldError> beyondBound(List<VmsParser.Row> rows, VesselRegistry registry, LivePicture live) {
        List<VmsParser.Row> unregistered = new ArrayList<>();
        for (VmsParser.Row row : rows) {
            String registration = row.report().registrationNumber();
            String device = row.report().vmsDeviceId();
            boolean registered = registration != null && registry.byRegistrationNumber(registration).isPresent()
                    || device != null && registry.byVmsDeviceId(device).isPresent();
            if (!registered) {
                unregistered.add(row);
            }
        }
        if (unregistered.size() <= maxPerPost) {
            return List.of(); // fewer rows than the bound: fewer new vessels too
        }
        Set<String> known = liveIdentities(live);
        Set<String> created = new HashSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (VmsParser.Row row : unregistered) {
            String registration = registrationKey(row.report().registrationNumber());
            String device = deviceKey(row.report().vmsDeviceId());
            if (registration != null && known.contains(registration) || device != null && known.contains(device)) {
                continue;
            }
            String identity = registration != null ? registration : device;
            if (created.contains(identity) || created.size() < maxPerPost && created.add(identity)) {
                continue;
            }
            errors.add(new FieldError(row.identityField(), TOO_MANY, "names a vessel neither the registry nor the live picture"
                    + " knows, beyond the " + maxPerPost + " new vessels one request may name: register it, or send it"
                    + " in a later request"));
        }
        return errors;
    }

    /** The registration keys and device ids of every vessel in the live picture. */
    private static Set<String> liveIdentities(LivePicture live) {
        Set<String> identities = new HashSet<>();
        for (VesselSnapshot vessel : live.vessels()) {
            String registration = registrationKey(vessel.registrationNumber());
            if (registration != null) {
                identities.add(registration);
            }
            String device = deviceKey(vessel.vmsDeviceId());
            if (device != null) {
                identities.add(device);
            }
        }
        return identities;
    }

    /** As the engine links VMS vessels: the number's key, or the text upper-cased when it is no such number. */
    private static String registrationKey(String registrationNumber) {
        if (registrationNumber == null) {
            return null;
        }
        String key = RegistrationNumbers.key(registrationNumber);
        return "registration:" + (key != null ? key : registrationNumber.strip().toUpperCase(Locale.ROOT));
    }

    private static String deviceKey(String deviceId) {
        return deviceId == null ? null : "device:" + deviceId.strip();
    }
}

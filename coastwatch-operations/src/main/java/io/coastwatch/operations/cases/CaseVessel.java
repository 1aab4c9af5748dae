package io.coastwatch.operations.cases;

/**
 * A vessel involved in a case, named by whatever identifies it: the live picture's vessel id, its MMSI,
 * its registration number (from the fleet registry), its name. At least one is given. Immutable.
 *
 * @param vesselId the engine's vessel id, or {@code null}
 * @param mmsi the MMSI, or {@code null}
 * @param registrationNumber the registration number, or {@code null}
 * @param name the name, or {@code null}
 */
public record CaseVessel(String vesselId, Integer mmsi, String registrationNumber, String name) {

    public CaseVessel {
        if (vesselId == null && mmsi == null && registrationNumber == null && name == null) {
            throw new IllegalArgumentException("a vessel of a case needs an id, an MMSI, a registration number or a name");
        }
    }

    /** The vessel the live picture knows as {@code vesselId}. */
    public static CaseVessel ofVesselId(String vesselId) {
        return new CaseVessel(vesselId, null, null, null);
    }

    /** Whether this and {@code other} name the same vessel by one of the identities both give. */
    public boolean sameAs(CaseVessel other) {
        return same(vesselId, other.vesselId) || same(mmsi, other.mmsi)
                || same(registrationNumber, other.registrationNumber);
    }

    private static boolean same(Object a, Object b) {
        return a != null && a.equals(b);
    }
}

package io.coastwatch.sim.fleet;

import io.coastwatch.sim.scenario.LengthClass;
import java.util.HashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Hands out identities that do not repeat within a run: MMSIs by flag (MID), fisheries
 * registration numbers of the form {@code NT-90123-TS} (province code, five digits — a leading 9
 * for offshore vessels of 15 m and more, a pattern seen, not verified: the module's {@code README.md} — and {@code TS}), VMS unit ids, call signs.
 * Not thread-safe.
 */
public final class Registry {
    /** Viet Nam's maritime identification digits. */
    public static final int VIET_NAM_MID = 574;
    private static final int SERIAL_STRIDE = 7_919; // prime, coprime to 900 000: serials never repeat
    private static final String CALL_SIGN_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

    private final Map<Integer, Integer> issuedByMid = new HashMap<>();
    private int offshoreRegistrations;
    private int otherRegistrations;
    private int vmsUnits;
    private int callSigns;

    /** A new ship-station MMSI of flag {@code mid}: MID followed by six digits. */
    public int mmsi(int mid) {
        int issued = issuedByMid.merge(mid, 1, Integer::sum);
        if (issued > 900_000) {
            throw new IllegalStateException("no MMSIs left for MID " + mid);
        }
        return mid * 1_000_000 + 100_000 + (int) ((long) issued * SERIAL_STRIDE % 900_000);
    }

    /** A new registration number of the Ninh Thuận fleet for a vessel of {@code lengthClass}. */
    public String registrationNumber(LengthClass lengthClass) {
        int serial;
        if (lengthClass == LengthClass.FROM_15_M) {
            serial = 90_000 + (int) ((long) ++offshoreRegistrations * 37 % 10_000);
        } else {
            serial = 10_000 + (int) ((long) ++otherRegistrations * 7_919 % 80_000);
        }
        return "NT-" + serial + "-TS";
    }

    /** A new VMS unit id. */
    public String vmsDeviceId() {
        return String.format(java.util.Locale.ROOT, "VMS-%06d", 300_000 + ++vmsUnits * 71);
    }

    /** A call sign: a Vietnamese one (3W…) or, for a foreign ship, letters and digits. */
    public String callSign(int mid, RandomGenerator random) {
        String prefix = mid == VIET_NAM_MID ? "3W" : String.valueOf(CALL_SIGN_LETTERS.charAt(random.nextInt(CALL_SIGN_LETTERS.length())))
                + CALL_SIGN_LETTERS.charAt(random.nextInt(CALL_SIGN_LETTERS.length()));
        return prefix + CALL_SIGN_LETTERS.charAt(++callSigns % CALL_SIGN_LETTERS.length()) + (1000 + callSigns % 9000);
    }
}

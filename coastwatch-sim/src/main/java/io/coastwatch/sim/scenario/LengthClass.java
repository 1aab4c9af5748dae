package io.coastwatch.sim.scenario;

/**
 * Length classes of Decree 26/2019/ND-CP Art. 43, which decide where a Vietnamese fishing vessel
 * may fish, with the id of the demo fishing zone each may fish in.
 */
public enum LengthClass {
    /** LOA under 12 m: coastal zone (vùng ven bờ) only. */
    UNDER_12_M(6, 12, "FZ-VB"),
    /** 12 m ≤ LOA < 15 m: inshore zone (vùng lộng) only. */
    FROM_12_TO_15_M(12, 15, "FZ-VL"),
    /** LOA of 15 m and more: offshore zone (vùng khơi) only; VMS compulsory. */
    FROM_15_M(15, 30, "FZ-VK");

    private final int minLengthMetres;
    private final int maxLengthMetres;
    private final String allowedZoneId;

    LengthClass(int minLengthMetres, int maxLengthMetres, String allowedZoneId) {
        this.minLengthMetres = minLengthMetres;
        this.maxLengthMetres = maxLengthMetres;
        this.allowedZoneId = allowedZoneId;
    }

    public int minLengthMetres() {
        return minLengthMetres;
    }

    /** Exclusive upper bound (a nominal 30 m for the open class). */
    public int maxLengthMetres() {
        return maxLengthMetres;
    }

    /** Id of the demo fishing zone where this class may fish. */
    public String allowedZoneId() {
        return allowedZoneId;
    }
}

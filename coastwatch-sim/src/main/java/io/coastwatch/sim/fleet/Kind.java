package io.coastwatch.sim.fleet;

/** What a simulated vessel is, which sets its AIS ship type. */
public enum Kind {
    /** Vietnamese fishing vessel. */
    FISHING(30),
    /** Foreign fishing vessel. */
    FOREIGN_FISHING(30),
    /** Cargo ship on the coastal lane. */
    CARGO(70),
    /** Tanker on the coastal lane. */
    TANKER(80),
    /** Border Guard patrol boat (law enforcement). */
    PATROL(55);

    private final int aisShipType;

    Kind(int aisShipType) {
        this.aisShipType = aisShipType;
    }

    /** ITU-R M.1371 ship and cargo type. */
    public int aisShipType() {
        return aisShipType;
    }
}

package io.coastwatch.ais.message.application;

import io.coastwatch.ais.bits.BitReader;
import io.coastwatch.ais.bits.BitWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Dangerous cargo indication, DAC 1 FI 25, addressed in message 6 (IMO SN.1/Circ.289 §9): the
 * amount and its unit, then cargoes of 17 bits, as many as start within the data (as gpsd counts them).
 *
 * @param unit of the amount: 0 not available, 1 in kg, 2 in tonnes (10³ kg), 3 in 1000 tonnes (10⁶ kg)
 * @param amount amount of dangerous cargo, 1-1023; 0 not available
 * @param cargoes the cargoes
 */
public record DangerousCargoImo289(int unit, int amount, List<Cargo> cargoes) implements ApplicationData {

    private static final int CARGOES_START = 12;
    private static final int CARGO_BITS = 17;

    /** @param cargoes copied into an unmodifiable list */
    public DangerousCargoImo289 {
        cargoes = List.copyOf(cargoes);
    }

    static DangerousCargoImo289 decode(BitReader bits) {
        List<Cargo> cargoes = new ArrayList<>();
        for (int start = CARGOES_START; start < bits.bitLength(); start += CARGO_BITS) {
            cargoes.add(new Cargo(bits.unsigned(start, 4), bits.unsigned(start + 4, 13)));
        }
        return new DangerousCargoImo289(bits.unsigned(0, 2), bits.unsigned(2, 10), cargoes);
    }

    /** Writes the application data. */
    public void encode(BitWriter out) {
        out.bits(unit, 2).bits(amount, 10);
        cargoes.forEach(cargo -> out.bits(cargo.code(), 4).bits(cargo.subtype(), 13));
    }

    /**
     * One cargo.
     *
     * @param code the code the subtype is of: 0 not available, 1 IMDG code (in packed form), 2 IGC code,
     *     3 BC code (from 1.1.2011 IMSBC), 4 MARPOL Annex I, 5 MARPOL Annex II IBC, 6 regional use, 7-15 reserved
     * @param subtype the cargo within the code (an IMDG class and division, a UN number …)
     */
    public record Cargo(int code, int subtype) {
    }
}

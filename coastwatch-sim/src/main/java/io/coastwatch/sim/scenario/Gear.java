package io.coastwatch.sim.scenario;

/** Fishing gear of the Ninh Thuận fleet (the module's {@code README.md}, the demo fleet), each with its own movement pattern. */
public enum Gear {
    /** Vây rút chì: circles round a school, then hauls. */
    PURSE_SEINE,
    /** Lưới rê: shoots the net, drifts with it, hauls. */
    GILLNET,
    /** Pha xúc: anchored at night with lights, lifting the net. */
    LIGHT_LURE_SCOOP_NET,
    /** Câu (tuna) handline: slow drift. */
    HANDLINE
}

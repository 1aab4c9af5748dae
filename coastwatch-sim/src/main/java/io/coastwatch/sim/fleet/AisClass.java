package io.coastwatch.sim.fleet;

/** Which AIS transponder a vessel carries, if any. */
public enum AisClass {
    /** Class A (SOLAS ships, large fishing vessels): messages 1/2/3 and 5. */
    A,
    /** Class B "CS" (small craft): messages 18 and 24. */
    B,
    /** No AIS: seen only by VMS, if at all. */
    NONE
}

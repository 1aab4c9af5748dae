package io.coastwatch.engine.track;

/** Where a position fix came from. */
public enum FixSource {
    /** AIS Class A position report (messages 1, 2, 3). */
    AIS_CLASS_A,
    /** AIS Class B position report (messages 18, 19). */
    AIS_CLASS_B,
    /** AIS long-range (satellite) position report (message 27). */
    AIS_LONG_RANGE,
    /** AIS search-and-rescue aircraft (message 9). */
    AIS_SAR_AIRCRAFT,
    /** AIS aid to navigation (message 21). */
    AIS_AID_TO_NAVIGATION,
    /** AIS base station (messages 4, 11). */
    AIS_BASE_STATION,
    /** Fishing-vessel monitoring system report, received over HTTP. */
    VMS
}

package io.coastwatch.operations.indicator;

import java.util.Arrays;
import java.util.Optional;

/** Which way an indicator is good: more (detections, controls), less (response time), or none at all. */
public enum Direction {
    /** The more the better: a target is a floor. */
    MORE("more"),
    /** The less the better: a target is a ceiling. */
    LESS("less"),
    /** None is the only good value (vessels in foreign waters): the target is 0. */
    ZERO("zero");

    private final String code;

    Direction(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Direction> ofCode(String code) {
        return Arrays.stream(values()).filter(direction -> direction.code.equals(code)).findFirst();
    }
}

package io.coastwatch.ais.json;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Decimals exactly as C's {@code printf("%.Nf", x)} prints a double: the exact binary value of
 * {@code x} rounded half to even. Where gpsd divides in floating point and the exact quotient can lie
 * halfway between two printed values (0.15 is printed 0.1, since the double nearest 0.15 is below it),
 * this reproduces gpsd where {@link JsonOutput#member(String, long, long, int)} would round up.
 * Allocates; used for the few values that need it.
 */
final class PrintfDecimal {
    private PrintfDecimal() {
    }

    static void member(JsonOutput out, String name, double value, int decimals) {
        BigDecimal rounded = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN);
        String text = rounded.toPlainString();
        // printf keeps the sign of a negative value that rounds to zero ("-0.0").
        out.rawMember(name, value < 0 && rounded.signum() == 0 ? "-" + text : text);
    }
}

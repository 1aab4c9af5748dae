package io.coastwatch.documents;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;

/**
 * Numbers written the Vietnamese way: a dot groups thousands and a comma marks the decimals
 * ({@code 12.480}, {@code 2,5}); a percentage has one decimal and a space before its sign
 * ({@code 104,0 %}). The symbols are fixed here rather than taken from the JDK's locale data, whose
 * Vietnamese percent pattern ({@code 104%}) is not the one reports use. Rounding is half-up.
 *
 * <p>The static methods are thread-safe; the {@link NumberFormat}s returned are new instances, each
 * for one thread (as {@code NumberFormat} requires).
 */
public final class VietnameseNumbers {
    private VietnameseNumbers() {
    }

    /** A count: {@code 12480} → {@code 12.480}. */
    public static String count(long value) {
        return countFormat().format(value);
    }

    /** A signed count for a difference: {@code +12}, {@code -3}, {@code 0}. */
    public static String signedCount(long value) {
        return value > 0 ? "+" + count(value) : count(value);
    }

    /** A decimal with the given digits after the comma: {@code (2.5, 1)} → {@code 2,5}. */
    public static String decimal(double value, int fractionDigits) {
        return decimalFormat(fractionDigits).format(value);
    }

    /** A percentage given in percent: {@code 104.0} → {@code 104,0 %}. */
    public static String percent(double percentage) {
        return decimal(percentage, 1) + " %";
    }

    /** A signed percentage for a difference: {@code +4,0 %}, {@code -12,5 %}. */
    public static String signedPercent(double percentage) {
        String unsigned = percent(percentage);
        return percentage > 0 && !unsigned.equals(percent(0)) ? "+" + unsigned : unsigned;
    }

    /** A new format for counts (grouping, no decimals), e.g. for a chart's axis. */
    public static NumberFormat countFormat() {
        return decimalFormat(0);
    }

    /** A new format with grouping and exactly the given digits after the comma. */
    public static NumberFormat decimalFormat(int fractionDigits) {
        if (fractionDigits < 0) {
            throw new IllegalArgumentException("fractionDigits < 0: " + fractionDigits);
        }
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(fractionDigits);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}

package io.coastwatch.operations.report;

import io.coastwatch.documents.VietnameseNumbers;
import io.coastwatch.operations.indicator.CountUnit;
import java.util.Optional;

/**
 * How the reports print a figure in its count unit, the Vietnamese way: counts whole ({@code 12.480}),
 * times and percentages with one decimal ({@code 14,5}, {@code 104,0 %}), a missing figure as a dash.
 * Stateless.
 */
public final class ReportNumbers {

    /** What a table prints for a figure there is none of (no target, no answered alert). */
    public static final String NONE = "–";

    private ReportNumbers() {
    }

    /** {@code value} in {@code unit}. */
    public static String amount(double value, CountUnit unit) {
        return switch (unit) {
            case PERCENT, HOURS, MINUTES -> VietnameseNumbers.decimal(value, 1);
            default -> VietnameseNumbers.count(Math.round(value));
        };
    }

    /** {@code value} in {@code unit}, or {@link #NONE}. */
    public static String amount(Optional<Double> value, CountUnit unit) {
        return value.map(amount -> amount(amount, unit)).orElse(NONE);
    }

    /** A percentage, or {@link #NONE}. */
    public static String percent(Optional<Double> percentage) {
        return percentage.map(VietnameseNumbers::percent).orElse(NONE);
    }

    /**
     * A change against the same period before: {@code +12 (+4,0 %)}; the percentage left out when the
     * period before was 0; {@link #NONE} when either figure is missing.
     */
    public static String change(Optional<Double> change, Optional<Double> changePercent, CountUnit unit) {
        if (change.isEmpty()) {
            return NONE;
        }
        double value = change.get();
        String amount = amount(Math.abs(value), unit);
        String signed = value > 0 && !amount.equals(amount(0, unit)) ? "+" + amount
                : value < 0 && !amount.equals(amount(0, unit)) ? "-" + amount : amount;
        return changePercent.map(percent -> signed + " (" + VietnameseNumbers.signedPercent(percent) + ")").orElse(signed);
    }
}

package io.coastwatch.operations.indicator;

import io.coastwatch.operations.common.Ids;
import io.coastwatch.operations.common.Label;
import io.coastwatch.operations.common.Validity;
import java.util.List;
import java.util.Objects;

/**
 * An indicator's definition (chỉ tiêu), as the catalogue holds it for a period of validity: what it is
 * called, what it counts in, which way is good, and how it is computed from the records. Immutable.
 *
 * @param code        kebab-case code, e.g. {@code foreign-vessels-detected}
 * @param area        the area of work it belongs to in the review (e.g. {@code surveillance},
 *                    {@code port-control}), kebab-case
 * @param name        its name in Vietnamese and English, as the report's Chỉ tiêu column prints it
 * @param units       what it counts in, the first the one targets are set in (several for a figure
 *                    the reports give as, say, vụ/đối tượng)
 * @param direction   which way is good
 * @param computation the id of the {@link IndicatorComputation} that computes it
 * @param argument    what the computation is given (its syntax is the computation's), possibly empty
 * @param validity    when this definition holds
 */
public record Indicator(String code, String area, Label name, List<CountUnit> units, Direction direction,
        String computation, String argument, Validity validity) {

    public Indicator {
        Ids.require("indicator", code);
        Ids.require("area of work", area);
        Objects.requireNonNull(name, "name");
        units = List.copyOf(units);
        if (units.isEmpty()) {
            throw new IllegalArgumentException("indicator " + code + " counts in no unit");
        }
        Objects.requireNonNull(direction, "direction");
        Ids.require("computation", computation);
        argument = argument == null ? "" : argument.strip();
        Objects.requireNonNull(validity, "validity");
    }

    /** The unit targets are set in and tables print. */
    public CountUnit primaryUnit() {
        return units.getFirst();
    }
}

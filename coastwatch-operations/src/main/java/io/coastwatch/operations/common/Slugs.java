package io.coastwatch.operations.common;

import java.util.Arrays;
import java.util.Locale;

/**
 * The API's codes of enumerated kinds ({@code docs/development.md}, "API"): a constant's lower-case
 * kebab-case slug ({@code CONTROL_POST} → {@code control-post}), and back. Stateless.
 */
public final class Slugs {

    private Slugs() {
    }

    /** {@code constant}'s slug: {@code control-post}. */
    public static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The constant of {@code type} whose slug (or name) is {@code code}.
     *
     * @param what what the constants are, for the message ({@code unit kind})
     * @throws IllegalArgumentException naming the known slugs when there is none
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String code, String what) {
        for (E constant : type.getEnumConstants()) {
            if (of(constant).equals(code) || constant.name().equals(code)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " '" + code + "'; one of "
                + Arrays.stream(type.getEnumConstants()).map(Slugs::of).toList());
    }
}

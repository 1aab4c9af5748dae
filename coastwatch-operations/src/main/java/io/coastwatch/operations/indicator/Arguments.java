package io.coastwatch.operations.indicator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An indicator's argument read as {@code key:value} pairs separated by spaces, e.g.
 * {@code kind:fishing-in-foreign-waters rule:boundary-crossed}: the syntax the product's computations
 * share. Immutable.
 */
public final class Arguments {

    private final Map<String, String> values;

    private Arguments(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /**
     * The pairs of {@code argument}.
     *
     * @param allowed the keys the computation knows
     * @throws IllegalArgumentException for a token that is not {@code key:value}, an unknown key or a key given twice
     */
    public static Arguments parse(String argument, Set<String> allowed) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String token : argument.strip().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            int colon = token.indexOf(':');
            if (colon < 1 || colon == token.length() - 1) {
                throw new IllegalArgumentException("argument: '" + token + "' is not key:value");
            }
            String key = token.substring(0, colon);
            if (!allowed.contains(key)) {
                throw new IllegalArgumentException("argument: unknown key '" + key + "' (known: " + allowed + ")");
            }
            if (values.put(key, token.substring(colon + 1)) != null) {
                throw new IllegalArgumentException("argument: key '" + key + "' given twice");
            }
        }
        return new Arguments(values);
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }
}

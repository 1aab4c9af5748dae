package io.coastwatch.engine.rule;

/** What kind of value a rule parameter takes, named by its slug in the catalogue ({@code duration}). */
public enum ParameterType {
    /** A number, with a {@link io.coastwatch.engine.alert.Unit}. */
    NUMBER("number"),
    /** A length of time: ISO-8601 in the catalogue ({@code PT6H}); the rules file also takes {@code 20m}, {@code 6h}. */
    DURATION("duration"),
    BOOLEAN("boolean"),
    TEXT("text");

    private final String slug;

    ParameterType(String slug) {
        this.slug = slug;
    }

    /** The type as the catalogue writes it. */
    public String slug() {
        return slug;
    }
}

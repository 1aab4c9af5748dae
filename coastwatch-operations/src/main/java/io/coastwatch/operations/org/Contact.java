package io.coastwatch.operations.org;

import java.util.Objects;

/**
 * One way to reach a unit, an agency or a person. Immutable.
 *
 * @param channel how: {@code phone}, {@code mobile}, {@code radio} (HF/VHF channel or call sign), {@code email}, {@code fax}
 * @param value the number, channel or address
 * @param note what or who it reaches (e.g. "trực ban 24/24"), or empty
 */
public record Contact(String channel, String value, String note) {

    public Contact {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(value, "value");
        note = note == null ? "" : note;
    }
}

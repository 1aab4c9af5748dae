package io.coastwatch.operations.org;

import io.coastwatch.operations.common.Ids;
import io.coastwatch.operations.common.Label;
import java.util.List;
import java.util.Objects;

/**
 * An officer or soldier of a unit: crews, duty rosters and signatures refer to people, and an account
 * refers to a person. Immutable.
 *
 * @param id an API id, e.g. {@code p-nguyen-van-an}
 * @param fullName the name as written, e.g. {@code Nguyễn Văn An}
 * @param rank the military rank
 * @param position the post held ({@code Đồn trưởng} / {@code Station commander})
 * @param unitId the unit the person serves in
 * @param contacts phone, radio, e-mail
 */
public record Person(String id, String fullName, Rank rank, Label position, String unitId, List<Contact> contacts) {

    public Person {
        Ids.require("person", id);
        if (fullName == null || fullName.isBlank()) {
            throw new IllegalArgumentException("person " + id + " needs a full name");
        }
        fullName = fullName.strip();
        Objects.requireNonNull(rank, "rank");
        Objects.requireNonNull(position, "position");
        Ids.require("unit", unitId);
        contacts = List.copyOf(contacts);
    }
}

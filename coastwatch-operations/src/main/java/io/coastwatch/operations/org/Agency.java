package io.coastwatch.operations.org;

import io.coastwatch.operations.common.Ids;
import io.coastwatch.operations.common.Label;
import io.coastwatch.operations.common.Validity;
import java.util.List;
import java.util.Objects;

/**
 * Another force or authority the command works with on cases and patrols: who it is, how to reach it
 * and what it is competent for, while {@link #validity()} holds (ministries and departments are merged
 * and renamed: the agency is ended and another begins). Immutable.
 *
 * @param id an API id, e.g. {@code kiem-ngu-vung-3}
 * @param kind what kind of agency
 * @param name its name in Vietnamese and English
 * @param contacts phone, radio, e-mail
 * @param competences the incident kinds ({@code catalog.IncidentKind} ids) it handles, possibly empty
 * @param validity when it exists under this name
 */
public record Agency(String id, AgencyKind kind, Label name, List<Contact> contacts, List<String> competences,
        Validity validity) {

    public Agency {
        Ids.require("agency", id);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        contacts = List.copyOf(contacts);
        competences = List.copyOf(competences);
        Objects.requireNonNull(validity, "validity");
    }
}

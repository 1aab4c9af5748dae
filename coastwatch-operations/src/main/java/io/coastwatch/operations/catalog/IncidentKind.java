package io.coastwatch.operations.catalog;

import io.coastwatch.operations.common.Label;
import io.coastwatch.operations.common.Validity;
import java.util.List;
import java.util.Objects;

/**
 * A kind of incident, from the one catalogue that alerts, tips, cases, controls at sea and indicators
 * share. Kinds form a shallow tree ({@code illegal-fishing} → {@code illegal-fishing-wrong-zone}).
 * Immutable.
 *
 * @param id kebab-case code, e.g. {@code fishing-in-foreign-waters}
 * @param parentId the broader kind, or {@code null}
 * @param label the name in Vietnamese and English
 * @param ruleTypes the detection rule types whose alerts are of this kind (e.g. {@code boundary-crossed}); possibly empty
 * @param validity when this kind is in the catalogue
 */
public record IncidentKind(String id, String parentId, Label label, List<String> ruleTypes, Validity validity) {

    public IncidentKind {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        ruleTypes = List.copyOf(ruleTypes);
        Objects.requireNonNull(validity, "validity");
    }
}

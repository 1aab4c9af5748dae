package io.coastwatch.operations.catalog;

import io.coastwatch.operations.common.Label;
import io.coastwatch.operations.common.Validity;
import java.util.Objects;

/**
 * A provision of law that a decision cites: a refusal reason, a violation, a deadline. Immutable.
 *
 * @param id kebab-case code, e.g. {@code nd26-2019-d44}
 * @param instrument the instrument as it is cited, e.g. {@code Nghị định 26/2019/NĐ-CP}
 * @param provision the article and clause, e.g. {@code Điều 44, khoản 3}, or empty for the whole instrument
 * @param title what it provides, in Vietnamese and English
 * @param validity when it is in force (a provision replaced by another ends here)
 */
public record LegalReference(String id, String instrument, String provision, Label title, Validity validity) {

    public LegalReference {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(instrument, "instrument");
        provision = provision == null ? "" : provision;
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(validity, "validity");
    }

    /** How a document cites it: {@code Điều 44, khoản 3 Nghị định 26/2019/NĐ-CP}. */
    public String citation() {
        return provision.isEmpty() ? instrument : provision + " " + instrument;
    }
}

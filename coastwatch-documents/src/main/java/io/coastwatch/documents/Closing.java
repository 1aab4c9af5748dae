package io.coastwatch.documents;

import java.util.List;
import java.util.Objects;

/**
 * The end of the document: the recipients (each line as printed, e.g. {@code - Bộ Tư lệnh BĐBP (để
 * b/c);}, the last {@code - Lưu: VT, TM.}) on the left, the signature on the right.
 */
public record Closing(List<String> recipients, Signature signature) {
    public Closing {
        recipients = Nfc.all(recipients);
        Objects.requireNonNull(signature, "signature");
    }
}

package io.coastwatch.documents;

import java.util.List;

/**
 * The signature block: the signer's authority and title, one line each (e.g. {@code KT. CHỈ HUY
 * TRƯỞNG}, {@code PHÓ CHỈ HUY TRƯỞNG}, printed in capitals), room to sign, and the name (with rank).
 */
public record Signature(List<String> titleLines, String signerName) {
    public Signature {
        titleLines = Nfc.all(titleLines);
        signerName = Nfc.of(signerName);
        if (titleLines.isEmpty()) {
            throw new IllegalArgumentException("a signature needs the signer's title");
        }
    }
}

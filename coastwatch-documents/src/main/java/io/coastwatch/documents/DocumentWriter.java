package io.coastwatch.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Writes a {@link Document} in one file format. Implementations are stateless and thread-safe.
 */
public interface DocumentWriter {

    /** Writes the document to the stream, which it does not close. */
    void write(Document document, OutputStream out) throws IOException;

    /** The media type of what it writes, for a download. */
    String mediaType();

    /** The file name extension, without the dot. */
    String fileExtension();

    /** The document as bytes. */
    default byte[] toBytes(Document document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            write(document, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the document", e);
        }
        return out.toByteArray();
    }
}

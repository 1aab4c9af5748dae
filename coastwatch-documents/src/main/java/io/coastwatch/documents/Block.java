package io.coastwatch.documents;

/** A piece of a document's body, in reading order. */
public sealed interface Block permits Heading, Paragraph, Table, Figure {
}

package io.coastwatch.documents;

import java.util.List;
import java.util.Objects;

/**
 * A table with a caption, a header row (repeated on every page it spans) and rows of text. Figures
 * come formatted by the caller ({@link VietnameseNumbers}), so DOCX and PDF show the same strings.
 *
 * @param caption the caption above the table; empty for none
 * @param columns the columns, left to right
 * @param rows    the rows, each with one cell per column
 */
public record Table(String caption, List<Column> columns, List<List<String>> rows) implements Block {
    public Table {
        caption = Nfc.of(caption);
        columns = List.copyOf(columns);
        rows = rows.stream().map(Nfc::all).toList();
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs a column");
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != columns.size()) {
                throw new IllegalArgumentException("row " + i + " has " + rows.get(i).size() + " cells for "
                        + columns.size() + " columns");
            }
        }
    }

    /**
     * A column.
     *
     * @param header    the header cell's text
     * @param weight    its share of the table's width, relative to the other columns' (&gt; 0)
     * @param alignment where its cells' text sits
     */
    public record Column(String header, double weight, Alignment alignment) {
        public Column {
            header = Nfc.of(header);
            Objects.requireNonNull(alignment, "alignment");
            if (!(weight > 0)) {
                throw new IllegalArgumentException("column weight must be > 0: " + weight);
            }
        }
    }

    /** The columns' weights, for the writers. */
    public float[] weights() {
        float[] weights = new float[columns.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (float) columns.get(i).weight();
        }
        return weights;
    }
}

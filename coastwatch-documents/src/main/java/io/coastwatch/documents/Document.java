package io.coastwatch.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An administrative document: the head, the document type (tên loại, e.g. {@code BÁO CÁO}) and its
 * subject (trích yếu), the body, and the closing; laid out by a {@link AdministrativeFormat}.
 * Immutable; build one with {@link #builder}.
 *
 * <pre>{@code
 * Document report = Document.builder(head, "BÁO CÁO", "Sơ kết công tác biên phòng 6 tháng đầu năm 2026")
 *         .heading(1, "I. ĐẶC ĐIỂM TÌNH HÌNH")
 *         .paragraph("Trong kỳ, đơn vị phát hiện 12.480 lượt tàu thuyền ...")
 *         .table(indicatorTable)
 *         .figure(new Figure(chartPng, "Biểu đồ 1. Cảnh báo theo tháng", 160))
 *         .closing(new Closing(List.of("- Bộ Tư lệnh BĐBP (để b/c);", "- Lưu: VT, TM."),
 *                 new Signature(List.of("CHỈ HUY TRƯỞNG"), "Đại tá Nguyễn Văn A")))
 *         .build();
 * new PdfDocumentWriter().write(report, out);
 * }</pre>
 */
public record Document(AdministrativeFormat format, AdministrativeHead head, String documentType, String subject,
                       List<Block> body, Closing closing) {
    public Document {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(head, "head");
        documentType = Nfc.of(documentType);
        subject = Nfc.of(subject);
        body = List.copyOf(body);
        Objects.requireNonNull(closing, "closing");
    }

    /** A builder for a document in the layout of Decree 30/2020 unless {@link Builder#format} says otherwise. */
    public static Builder builder(AdministrativeHead head, String documentType, String subject) {
        return new Builder(head, documentType, subject);
    }

    /** Collects the body in reading order. Not thread-safe; one per document. */
    public static final class Builder {
        private final AdministrativeHead head;
        private final String documentType;
        private final String subject;
        private final List<Block> body = new ArrayList<>();
        private AdministrativeFormat format = AdministrativeFormat.DECREE_30_2020;
        private Closing closing;

        private Builder(AdministrativeHead head, String documentType, String subject) {
            this.head = head;
            this.documentType = documentType;
            this.subject = subject;
        }

        public Builder format(AdministrativeFormat format) {
            this.format = format;
            return this;
        }

        public Builder heading(int level, String text) {
            return add(new Heading(level, text));
        }

        public Builder paragraph(String text) {
            return add(new Paragraph(text));
        }

        public Builder paragraph(String text, TextStyle style) {
            return add(new Paragraph(text, style));
        }

        public Builder table(Table table) {
            return add(table);
        }

        public Builder figure(Figure figure) {
            return add(figure);
        }

        public Builder add(Block block) {
            body.add(Objects.requireNonNull(block, "block"));
            return this;
        }

        public Builder closing(Closing closing) {
            this.closing = closing;
            return this;
        }

        /** @throws NullPointerException when no closing was given */
        public Document build() {
            return new Document(format, head, documentType, subject, body, closing);
        }
    }
}

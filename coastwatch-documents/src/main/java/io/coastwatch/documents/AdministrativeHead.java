package io.coastwatch.documents;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The head of an administrative document: who issues it (the body above, then the unit), its number,
 * where and when, and an optional security mark. Its lines, as both writers print them, come from
 * here, so DOCX and PDF say the same.
 *
 * @param issuingBody  the body the unit belongs to (cơ quan chủ quản), as stored; empty for none
 * @param unit         the issuing unit (cơ quan ban hành), as stored
 * @param number       the number and symbol without the label, e.g. {@code 12/BC-BCH}
 * @param place        the place name of the date line, e.g. {@code Ninh Thuận}
 * @param date         the date of signing
 * @param securityMark the security mark (e.g. {@code MẬT}), printed under the number; empty for none
 */
public record AdministrativeHead(String issuingBody, String unit, String number, String place, LocalDate date,
                                 Optional<String> securityMark) {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    public AdministrativeHead {
        issuingBody = Nfc.of(issuingBody);
        unit = Nfc.of(unit);
        number = Nfc.of(number);
        place = Nfc.of(place);
        Objects.requireNonNull(date, "date");
        securityMark = securityMark.map(Nfc::of).filter(mark -> !mark.isBlank());
        if (unit.isBlank()) {
            throw new IllegalArgumentException("unit is blank");
        }
    }

    /** A head with no security mark. */
    public AdministrativeHead(String issuingBody, String unit, String number, String place, LocalDate date) {
        this(issuingBody, unit, number, place, date, Optional.empty());
    }

    /** The issuing body in capitals, or empty. */
    public String issuingBodyLine() {
        return issuingBody.toUpperCase(VIETNAMESE);
    }

    /** The unit in capitals. */
    public String unitLine() {
        return unit.toUpperCase(VIETNAMESE);
    }

    /** {@code Số: 12/BC-BCH}. */
    public String numberLine(AdministrativeFormat format) {
        return format.numberLabel() + " " + number;
    }

    /**
     * {@code Ninh Thuận, ngày 07 tháng 02 năm 2026}: as the decree asks, a day below 10 and a month
     * below 3 take a leading zero.
     */
    public String placeAndDateLine() {
        String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : Integer.toString(date.getDayOfMonth());
        String month = date.getMonthValue() < 3 ? "0" + date.getMonthValue() : Integer.toString(date.getMonthValue());
        return place + ", ngày " + day + " tháng " + month + " năm " + date.getYear();
    }
}

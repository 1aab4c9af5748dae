package io.coastwatch.engine.track;

import io.coastwatch.engine.label.Label;
import java.util.List;

/**
 * A range of AIS "type of ship and cargo" codes and its name, as the catalogue lists them so that the
 * console can name a vessel's {@code shipType}. Facts from ITU-R M.1371-5 Annex 8, Table 53 (the second
 * digit of 20-29 and 40-49 and of 60-99 is the hazard category, named by the range). Immutable.
 *
 * @param from the first code of the range
 * @param to the last code of the range (included)
 * @param label the range's name
 */
public record ShipType(int from, int to, Label label) {

    private static final List<ShipType> ALL = List.of(
            of(20, 29, "Tàu hiệu ứng mặt đất (WIG)", "Wing in ground"),
            of(30, 30, "Tàu đánh cá", "Fishing"),
            of(31, 32, "Tàu đang lai kéo", "Towing"),
            of(33, 33, "Tàu nạo vét", "Dredging or underwater operations"),
            of(34, 34, "Tàu hoạt động lặn", "Diving operations"),
            of(35, 35, "Tàu quân sự", "Military operations"),
            of(36, 36, "Thuyền buồm", "Sailing"),
            of(37, 37, "Tàu du lịch, giải trí", "Pleasure craft"),
            of(40, 49, "Tàu cao tốc", "High-speed craft"),
            of(50, 50, "Tàu hoa tiêu", "Pilot vessel"),
            of(51, 51, "Tàu tìm kiếm cứu nạn", "Search and rescue vessel"),
            of(52, 52, "Tàu kéo", "Tug"),
            of(53, 53, "Tàu phục vụ cảng", "Port tender"),
            of(54, 54, "Tàu chống ô nhiễm", "Anti-pollution equipment"),
            of(55, 55, "Tàu thực thi pháp luật", "Law enforcement"),
            of(58, 58, "Tàu y tế", "Medical transport"),
            of(59, 59, "Tàu không tham chiến", "Noncombatant ship"),
            of(60, 69, "Tàu khách", "Passenger"),
            of(70, 79, "Tàu hàng", "Cargo"),
            of(80, 89, "Tàu chở dầu, hóa chất", "Tanker"),
            of(90, 99, "Loại khác", "Other type"));

    /** Every named range, by code. */
    public static List<ShipType> all() {
        return ALL;
    }

    private static ShipType of(int from, int to, String vi, String en) {
        return new ShipType(from, to, Label.of(vi, en));
    }
}

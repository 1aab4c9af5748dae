package io.coastwatch.engine.rule;

import static io.coastwatch.engine.rule.ParameterSpec.count;
import static io.coastwatch.engine.rule.ParameterSpec.duration;
import static io.coastwatch.engine.rule.ParameterSpec.number;

import io.coastwatch.engine.alert.RuleType;
import io.coastwatch.engine.alert.Unit;
import io.coastwatch.engine.label.Label;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The rule types of {@code docs/rules.md}, each declared once: its parameters (name, type, unit, default,
 * allowed range, labels), the figures of its detections and its finding. The rules read their
 * parameters from here ({@link RuleDefinition#number}, {@link RuleDefinition#duration}), a definition is
 * checked against it when made, and the server serves it as the catalogue. Defaults and sources of the
 * thresholds: {@code docs/rules.md}. Immutable and thread-safe.
 */
public final class RuleTypes {
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);
    private static final Duration DAY = Duration.ofDays(1);
    private static final Duration WEEK = Duration.ofDays(7);
    private static final Duration MONTH = Duration.ofDays(30);
    private static final Map<RuleType, RuleTypeSpec> SPECS = new EnumMap<>(RuleType.class);

    static {
        declare(RuleType.ZONE_ENTRY, "Vào vùng", "Zone entry",
                "Tàu đi vào một vùng được theo dõi (mặc định: địa bàn đồn biên phòng).",
                "A vessel enters a watched zone (by default an area of responsibility).",
                List.of(), List.of(),
                "{vessel} vào {zone}", "{vessel} entered {zone}");
        declare(RuleType.ZONE_EXIT, "Ra khỏi vùng", "Zone exit",
                "Tàu rời khỏi một vùng được theo dõi (mặc định: địa bàn đồn biên phòng).",
                "A vessel leaves a watched zone (by default an area of responsibility).",
                List.of(), List.of(),
                "{vessel} ra khỏi {zone}", "{vessel} left {zone}");
        declare(RuleType.DWELL, "Lưu lại trong vùng", "Dwell in zone",
                "Tàu ở lâu trong vùng bảo tồn, vùng cấm hoặc vùng dự án kinh tế biển.",
                "A vessel stays long in a protected, restricted or sea-economy zone.",
                List.of(duration("duration", Duration.ofMinutes(30), MINUTE, WEEK, "Thời gian lưu lại", "Time in zone"),
                        duration("staleAfter", Duration.ofHours(3), TEN_MINUTES, WEEK, "Bỏ qua khi mất tín hiệu quá",
                                "Forget after silence of")),
                List.of(FigureSpec.of("minutes", Unit.MINUTES, "Số phút trong vùng", "Minutes in zone")),
                "{vessel} ở trong {zone} {minutes} phút", "{vessel} in {zone} for {minutes} min");
        declare(RuleType.SPEED_IN_ZONE, "Tốc độ trong vùng", "Speed in zone",
                "Tàu chạy ngoài khoảng tốc độ cho phép trong vùng cấm hoặc vùng dự án kinh tế biển.",
                "A vessel moves outside the allowed speeds in a restricted or sea-economy zone.",
                List.of(number("minSpeedKnots", Unit.KNOTS, 1, 0, 100, "Tốc độ tối thiểu", "Lowest speed"),
                        number("maxSpeedKnots", Unit.KNOTS, Double.POSITIVE_INFINITY, 0, 100, "Tốc độ tối đa",
                                "Highest speed"),
                        duration("duration", Duration.ofMinutes(20), MINUTE, DAY, "Trong thời gian", "For at least")),
                List.of(FigureSpec.of("speedKnots", Unit.KNOTS, "Tốc độ", "Speed"),
                        FigureSpec.of("minutes", Unit.MINUTES, "Số phút", "Minutes")),
                "{vessel} chạy {speedKnots} hải lý/giờ trong {zone} {minutes} phút",
                "{vessel} at {speedKnots} kn in {zone} for {minutes} min");
        declare(RuleType.BOUNDARY_APPROACH, "Tiếp cận đường biên", "Approaching the national limit",
                "Tàu đến gần đường ranh giới quốc gia trên biển.",
                "A vessel comes close to the national limit at sea.",
                List.of(number("distanceNm", Unit.NAUTICAL_MILES, 5, 0.1, 200, "Khoảng cách cảnh báo", "Warning distance"),
                        number("criticalDistanceNm", Unit.NAUTICAL_MILES, 2, 0, 200, "Khoảng cách khẩn cấp",
                                "Critical distance")),
                List.of(FigureSpec.of("distanceNm", Unit.NAUTICAL_MILES, "Khoảng cách đến đường biên",
                        "Distance to the limit")),
                "{vessel} cách đường biên {distanceNm} hải lý", "{vessel} {distanceNm} nm from the national limit");
        declare(RuleType.PREDICTED_CROSSING, "Dự báo vượt biên", "Predicted crossing",
                "Theo hướng và tốc độ hiện tại, tàu sẽ vượt đường ranh giới quốc gia trong thời gian dự báo.",
                "On its course and speed, the vessel will cross the national limit within the horizon.",
                List.of(duration("horizon", Duration.ofHours(2), Duration.ofMinutes(5), DAY, "Thời gian dự báo",
                                "Horizon"),
                        number("minSpeedKnots", Unit.KNOTS, 0.5, 0, 100, "Tốc độ tối thiểu", "Lowest speed"),
                        duration("mergeGap", TEN_MINUTES, Duration.ZERO, DAY, "Gộp các lần cách nhau dưới",
                                "Merge within")),
                List.of(FigureSpec.of("distanceNm", Unit.NAUTICAL_MILES, "Khoảng cách đến đường biên", "Distance to the limit"),
                        FigureSpec.of("speedKnots", Unit.KNOTS, "Tốc độ", "Speed"),
                        FigureSpec.of("courseDegrees", Unit.DEGREES, "Hướng đi", "Course"),
                        FigureSpec.of("minutes", Unit.MINUTES, "Số phút đến đường biên", "Minutes to the limit")),
                "{vessel} hướng về đường biên, còn {distanceNm} hải lý (khoảng {minutes} phút)",
                "{vessel} heading for the national limit, {distanceNm} nm away (about {minutes} min)");
        declare(RuleType.BOUNDARY_CROSSED, "Vượt đường biên", "National limit crossed",
                "Tàu ở phía bên kia đường ranh giới quốc gia trên biển.",
                "A vessel is beyond the national limit at sea.",
                List.of(),
                List.of(FigureSpec.of("distanceNm", Unit.NAUTICAL_MILES, "Khoảng cách vượt qua", "Distance beyond")),
                "{vessel} đã vượt đường biên {distanceNm} hải lý", "{vessel} {distanceNm} nm beyond the national limit");
        declare(RuleType.FOREIGN_VESSEL, "Tàu nước ngoài", "Foreign vessel",
                "Tàu mang cờ nước ngoài trong vùng biển Việt Nam (tàu cá nước ngoài: mức cao hơn).",
                "A foreign-flagged vessel in Vietnamese waters (a foreign fishing vessel: one level higher).",
                List.of(), List.of(),
                "Tàu nước ngoài {vessel} trong {zone}", "Foreign vessel {vessel} in {zone}");
        declare(RuleType.DARK_VESSEL, "Tàu tắt AIS", "Dark vessel",
                "Tàu đã phát AIS rồi im lặng lâu khi đang ở trên biển.",
                "A vessel heard on AIS goes silent for long while at sea.",
                List.of(duration("gap", Duration.ofHours(6), TEN_MINUTES, MONTH, "Thời gian mất tín hiệu", "Silence"),
                        duration("escalation1", Duration.ofHours(12), TEN_MINUTES, MONTH, "Nâng mức sau",
                                "Escalate after"),
                        number("shoreDistanceNm", Unit.NAUTICAL_MILES, 50, 0, 400, "Cách bờ từ", "Offshore from")),
                List.of(FigureSpec.of("hoursDark", Unit.HOURS, "Số giờ mất tín hiệu", "Hours dark"),
                        FigureSpec.of("shoreDistanceNm", Unit.NAUTICAL_MILES, "Khoảng cách đến bờ", "Distance to shore"),
                        FigureSpec.of("lastAis", Unit.INSTANT, "AIS cuối cùng", "Last AIS")),
                "{vessel} không phát AIS {hoursDark} giờ, cách bờ {shoreDistanceNm} hải lý",
                "{vessel}: no AIS for {hoursDark} h, {shoreDistanceNm} nm from shore");
        declare(RuleType.VMS_LOSS, "Mất tín hiệu VMS", "VMS loss",
                "Thiết bị giám sát hành trình của tàu cá không gửi vị trí quá thời gian quy định.",
                "A fishing vessel's monitoring device sends no position for longer than allowed.",
                List.of(duration("gap", Duration.ofHours(6), TEN_MINUTES, MONTH, "Mất tín hiệu trên biển",
                                "Silence at sea"),
                        duration("inPortGap", Duration.ofHours(60), TEN_MINUTES, Duration.ofDays(60),
                                "Mất tín hiệu trong cảng", "Silence in port"),
                        duration("escalation1", Duration.ofHours(24), TEN_MINUTES, Duration.ofDays(60),
                                "Nâng mức lần 1 sau", "First escalation after"),
                        duration("escalation2", Duration.ofDays(10), TEN_MINUTES, Duration.ofDays(60),
                                "Nâng mức lần 2 sau", "Second escalation after")),
                List.of(FigureSpec.of("hoursSilent", Unit.HOURS, "Số giờ mất tín hiệu", "Hours silent"),
                        FigureSpec.of("lastVms", Unit.INSTANT, "VMS cuối cùng", "Last VMS")),
                "{vessel} mất tín hiệu VMS {hoursSilent} giờ", "{vessel}: no VMS for {hoursSilent} h");
        declare(RuleType.ENCOUNTER, "Gặp nhau trên biển", "Encounter at sea",
                "Hai tàu ở sát nhau, chạy chậm, xa cảng, trong thời gian dài (có thể chuyển tải).",
                "Two vessels close together, slow, away from port, for long (a possible transshipment).",
                List.of(number("radiusMetres", Unit.METRES, 500, 10, 10_000, "Khoảng cách giữa hai tàu", "Distance apart"),
                        duration("duration", Duration.ofHours(2), Duration.ofMinutes(5), DAY, "Trong thời gian",
                                "For at least"),
                        number("maxSpeedKnots", Unit.KNOTS, 2, 0, 50, "Tốc độ tối đa", "Highest speed"),
                        number("portDistanceKm", Unit.KILOMETRES, 10, 0, 200, "Cách cảng từ", "Away from port by"),
                        duration("mergeGap", Duration.ofHours(4), Duration.ZERO, Duration.ofDays(2),
                                "Gộp các lần cách nhau dưới", "Merge within"),
                        // at most the recent fixes a vessel keeps (4 h) less the 30 min two positions may be apart
                        duration("lateness", Duration.ofHours(2), Duration.ZERO, Duration.ofHours(3),
                                "Chờ báo cáo đến muộn tới", "Wait for late reports up to")),
                List.of(FigureSpec.of("distanceMetres", Unit.METRES, "Khoảng cách", "Distance apart"),
                        FigureSpec.of("hoursTogether", Unit.HOURS, "Số giờ bên nhau", "Hours together")),
                "{vessel} và {otherVessel} ở cách nhau {distanceMetres} m trong {hoursTogether} giờ",
                "{vessel} and {otherVessel} {distanceMetres} m apart for {hoursTogether} h");
        declare(RuleType.LOITERING, "Lảng vảng", "Loitering",
                "Tàu chạy rất chậm trong thời gian dài, xa bờ.",
                "A vessel moves very slowly for long, away from shore.",
                List.of(number("maxSpeedKnots", Unit.KNOTS, 2, 0, 50, "Tốc độ tối đa", "Highest speed"),
                        duration("duration", Duration.ofHours(2), Duration.ofMinutes(5), Duration.ofDays(2),
                                "Trong thời gian", "For at least"),
                        number("shoreDistanceNm", Unit.NAUTICAL_MILES, 20, 0, 400, "Cách bờ từ", "Offshore from")),
                List.of(FigureSpec.of("hoursLoitering", Unit.HOURS, "Số giờ lảng vảng", "Hours loitering"),
                        FigureSpec.of("shoreDistanceNm", Unit.NAUTICAL_MILES, "Khoảng cách đến bờ", "Distance to shore"),
                        FigureSpec.of("speedKnots", Unit.KNOTS, "Tốc độ", "Speed")),
                "{vessel} lảng vảng {hoursLoitering} giờ, cách bờ {shoreDistanceNm} hải lý",
                "{vessel} loitering for {hoursLoitering} h, {shoreDistanceNm} nm from shore");
        declare(RuleType.FISHING_WRONG_ZONE, "Khai thác sai vùng", "Fishing in the wrong zone",
                "Tàu cá chạy chậm như đang khai thác trong vùng không dành cho cỡ tàu của nó (Nghị định 26/2019).",
                "A fishing vessel slow as if fishing in a zone not for its length class (Decree 26/2019).",
                List.of(number("maxSpeedKnots", Unit.KNOTS, 5, 0, 50, "Tốc độ khai thác tối đa", "Highest fishing speed"),
                        duration("duration", Duration.ofMinutes(20), MINUTE, DAY, "Trong thời gian", "For at least")),
                List.of(FigureSpec.of("lengthMetres", Unit.METRES, "Chiều dài tàu", "Vessel length"),
                        FigureSpec.of("speedKnots", Unit.KNOTS, "Tốc độ", "Speed")),
                "{vessel} (dài {lengthMetres} m) khai thác trong {zone}",
                "{vessel} ({lengthMetres} m long) fishing in {zone}");
        declare(RuleType.PROTECTED_AREA, "Vào khu bảo tồn", "Protected area",
                "Tàu trong khu bảo tồn biển, vùng cấm hoặc vùng dự án kinh tế biển.",
                "A vessel inside a marine protected area, restricted or sea-economy zone.",
                List.of(), List.of(),
                "{vessel} trong {zone}", "{vessel} inside {zone}");
        declare(RuleType.POSITION_JUMP, "Vị trí nhảy", "Position jump",
                "Vị trí báo cáo nhảy xa một cách không thể (giả mạo hoặc lỗi thiết bị).",
                "A reported position jumps impossibly far (spoofing or a faulty device).",
                List.of(number("jumpSpeedKnots", Unit.KNOTS, 50, 5, 1_000, "Tốc độ ngầm định tối đa",
                                "Highest implied speed"),
                        duration("window", TEN_MINUTES, MINUTE, DAY, "Trong khoảng", "Within")),
                List.of(FigureSpec.of("impliedSpeedKnots", Unit.KNOTS, "Tốc độ ngầm định", "Implied speed"),
                        FigureSpec.of("jumpNm", Unit.NAUTICAL_MILES, "Khoảng nhảy", "Jump")),
                "{vessel} nhảy {jumpNm} hải lý ({impliedSpeedKnots} hải lý/giờ)",
                "{vessel} jumped {jumpNm} nm ({impliedSpeedKnots} kn)");
        declare(RuleType.IDENTITY_CONFLICT, "Trùng nhận dạng", "Identity conflict",
                "Hai tàu dùng cùng một nhận dạng (MMSI, số đăng ký hoặc thiết bị VMS).",
                "Two vessels use one identity (MMSI, registration number or VMS device).",
                List.of(number("jumpSpeedKnots", Unit.KNOTS, 50, 5, 1_000, "Tốc độ ngầm định tối đa",
                                "Highest implied speed"),
                        duration("window", Duration.ofHours(1), MINUTE, WEEK, "Trong khoảng", "Within"),
                        count("minJumps", 4, 1, 1_000, "Số lần nhảy tối thiểu", "Fewest jumps"),
                        number("disagreementNm", Unit.NAUTICAL_MILES, 5, 0.1, 500, "Hai nguồn lệch nhau từ",
                                "Sources apart by")),
                List.of(),
                "{vessel}: nhận dạng bị trùng", "{vessel}: identity in conflict");
        declare(RuleType.NO_DEPARTURE_RECORD, "Xuất bến không khai báo", "No departure record",
                "Tàu cá đã đăng ký ra biển mà không có khai báo xuất bến.",
                "A registered fishing vessel at sea without a departure record.",
                List.of(duration("window", Duration.ofHours(6), TEN_MINUTES, WEEK, "Khai báo trong vòng",
                                "Record within"),
                        duration("atSeaFor", Duration.ofHours(2), TEN_MINUTES, WEEK, "Ở trên biển từ",
                                "At sea for")),
                List.of(FigureSpec.of("hoursAtSea", Unit.HOURS, "Số giờ trên biển", "Hours at sea"),
                        FigureSpec.of("leftPort", Unit.INSTANT, "Rời cảng lúc", "Left port")),
                "{vessel} ra biển {hoursAtSea} giờ không có khai báo xuất bến",
                "{vessel} at sea for {hoursAtSea} h without a departure record");
        declare(RuleType.OVERDUE_RETURN, "Quá hạn về bến", "Overdue return",
                "Tàu chưa về cảng sau thời gian về dự kiến đã khai báo.",
                "A vessel has not returned to port after its declared return.",
                List.of(duration("overdueBy", Duration.ofHours(12), Duration.ZERO, MONTH, "Quá hạn từ",
                        "Overdue by")),
                List.of(FigureSpec.of("hoursOverdue", Unit.HOURS, "Số giờ quá hạn", "Hours overdue"),
                        FigureSpec.of("declaredReturn", Unit.INSTANT, "Thời gian về dự kiến", "Declared return")),
                "{vessel} quá hạn về {port} {hoursOverdue} giờ", "{vessel} {hoursOverdue} h overdue at {port}");
        declare(RuleType.UNREGISTERED, "Không đăng ký", "Unregistered",
                "Tàu cá Việt Nam trên biển không có trong sổ đăng ký, không có hoặc hết hạn giấy phép.",
                "A Vietnamese fishing vessel at sea not in the registry, or without a valid licence.",
                List.of(), List.of(),
                "{vessel} không có đăng ký hoặc giấy phép còn hạn", "{vessel} without registration or a valid licence");
        if (SPECS.size() != RuleType.values().length) {
            throw new IllegalStateException("a rule type is not declared");
        }
    }

    private RuleTypes() {
    }

    private static void declare(RuleType type, String labelVi, String labelEn, String descriptionVi,
            String descriptionEn, List<ParameterSpec> parameters, List<FigureSpec> figures, String findingVi,
            String findingEn) {
        SPECS.put(type, new RuleTypeSpec(type, Label.of(labelVi, labelEn), Label.of(descriptionVi, descriptionEn),
                parameters, figures, Label.of(findingVi, findingEn)));
    }

    /** The declaration of {@code type}. */
    public static RuleTypeSpec of(RuleType type) {
        return SPECS.get(type);
    }

    /** Every rule type's declaration, in the order of {@link RuleType}. */
    public static List<RuleTypeSpec> all() {
        return List.copyOf(SPECS.values());
    }
}

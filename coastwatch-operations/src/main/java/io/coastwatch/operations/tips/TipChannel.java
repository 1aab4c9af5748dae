package io.coastwatch.operations.tips;

import io.coastwatch.operations.common.Label;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a tip reached the command. */
public enum TipChannel {
    HOTLINE(new Label("Đường dây nóng", "Hotline")),
    HF_RADIO(new Label("Vô tuyến sóng ngắn", "HF radio")),
    VMS_MESSAGE(new Label("Tin nhắn giám sát hành trình", "VMS message")),
    IN_PERSON(new Label("Trực tiếp", "In person")),
    SAFETY_TEAM(new Label("Tổ đoàn kết trên biển", "Safety team at sea")),
    SMS(new Label("Tin nhắn SMS", "SMS")),
    OTHER_AGENCY(new Label("Cơ quan khác", "Other agency")),
    WEB_FORM(new Label("Biểu mẫu cho nhân dân", "Web form"));

    private final Label label;

    TipChannel(Label label) {
        this.label = label;
    }

    /** As the API names it: {@code hf-radio}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public Label label() {
        return label;
    }

    /** @throws IllegalArgumentException naming the known codes when {@code code} is none of them */
    public static TipChannel of(String code) {
        return Arrays.stream(values()).filter(channel -> channel.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown channel '" + code + "'; one of "
                        + Arrays.stream(values()).map(TipChannel::code).collect(Collectors.joining(", "))));
    }
}

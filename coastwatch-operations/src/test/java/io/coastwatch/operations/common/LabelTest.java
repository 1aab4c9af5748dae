package io.coastwatch.operations.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LabelTest {

    @Test
    void decomposedVietnameseIsStoredComposed() {
        String composed = "Đồn Biên phòng Ninh Chữ";
        Label label = new Label(Normalizer.normalize(composed, Normalizer.Form.NFD), "Ninh Chu station");
        assertEquals(composed, label.vi());
        assertEquals(composed, label.in(Locale.forLanguageTag("vi")));
        assertEquals("Ninh Chu station", label.in(Locale.ENGLISH));
    }
}

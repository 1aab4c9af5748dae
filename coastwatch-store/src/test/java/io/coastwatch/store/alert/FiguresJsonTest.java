package io.coastwatch.store.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.coastwatch.engine.alert.Figure;
import io.coastwatch.engine.alert.RuleType;
import io.coastwatch.engine.alert.Unit;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FiguresJsonTest {
    private final FiguresJson json = new FiguresJson();

    @Test
    void figuresAreWrittenWithTheirUnitsAndReadBack() {
        Map<String, Figure> figures = Map.of("hoursDark", Figure.of(6.8, Unit.HOURS),
                "lastAis", Figure.instant(1_796_000_000_000L));

        String text = json.write(figures);

        assertEquals("{\"hoursDark\":{\"value\":6.8,\"unit\":\"h\"},"
                + "\"lastAis\":{\"value\":1796000000000,\"unit\":\"instant\"}}", text);
        assertEquals(figures, json.read(text, RuleType.DARK_VESSEL));
    }

    @Test
    void detailsWrittenBeforeFiguresAreReadInTheDeclaredUnitsAndUndeclaredOnesLeftOut() {
        String before = "{\"hoursDark\":\"6.8\",\"offshoreNm\":\"52.1\",\"lastAisMillis\":\"1796000000000\","
                + "\"deliberate\":\"false\"}";

        assertEquals(Map.of("hoursDark", Figure.of(6.8, Unit.HOURS)), json.read(before, RuleType.DARK_VESSEL));
        assertEquals(Map.of(), json.read("{\"zoneName\":\"Hòn Cau\"}", RuleType.ZONE_ENTRY));
    }

    @Test
    void aColumnThatIsNotAJsonObjectIsRefused() {
        assertThrows(IllegalStateException.class, () -> json.read("[1]", RuleType.DARK_VESSEL));
        assertThrows(IllegalStateException.class, () -> json.read("{", RuleType.DARK_VESSEL));
    }
}

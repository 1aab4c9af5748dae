package io.coastwatch.sim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioLoaderTest {
    private final ScenarioLoader loader = new ScenarioLoader();

    @Test
    void theDemoScenarioHasAnEventForEveryRuleAndItsLookAlikes() {
        Scenario demo = loader.loadDemo();
        assertEquals(Instant.parse("2025-06-01T00:00:00Z"), demo.start());
        assertEquals(Duration.ofHours(48), demo.duration());
        assertEquals(60, demo.speed());
        assertEquals(EventType.values().length, demo.events().stream().map(ScriptedEvent::type).distinct().count());
        assertEquals(LengthClass.UNDER_12_M, demo.fleet().fishing().get(0).lengthClass());
        assertEquals(Duration.ofHours(-11), demo.events().stream().filter(e -> e.type() == EventType.OVERDUE_RETURN)
                .findFirst().orElseThrow().at());
    }

    @Test
    void durationsAreIsoOrShort() {
        assertEquals(Duration.ofSeconds(90), ScenarioLoader.parseDuration("90s"));
        assertEquals(Duration.ofMinutes(10), ScenarioLoader.parseDuration("10m"));
        assertEquals(Duration.ofHours(48), ScenarioLoader.parseDuration("2d"));
        assertEquals(Duration.ofMinutes(90), ScenarioLoader.parseDuration("1.5h"));
        assertEquals(Duration.ofHours(-11), ScenarioLoader.parseDuration("-11h"));
        assertEquals(Duration.ofMinutes(150), ScenarioLoader.parseDuration("PT2H30M"));
        assertThrows(IllegalArgumentException.class, () -> ScenarioLoader.parseDuration("ten minutes"));
    }

    @Test
    void aMisspeltKeyIsAnErrorThatNamesIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read("""
                start: 2025-06-01T00:00:00Z
                duration: 1h
                speed: 1
                fleet: {patrolBoat: 2}
                """));
        assertTrue(e.getMessage().contains("patrolBoat") && e.getMessage().contains("line 4"), e.getMessage());
    }

    @Test
    void badValuesAreErrorsThatSayWhy() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> read("start: yesterday\nduration: 1h\nspeed: 1\n"))
                .getMessage().contains("ISO-8601"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> read("start: 2025-06-01T00:00:00Z\nduration: 1h\nspeed: 0\n"))
                .getMessage().contains("speed must be positive"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> read(
                "start: 2025-06-01T00:00:00Z\nduration: 1h\nspeed: 1\ngeography: {seaWaypoints: [[200, 11]]}\n"))
                .getMessage().contains("not a position"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> read(
                "start: 2025-06-01T00:00:00Z\nduration: 1h\nspeed: 1\nevents: [{type: SHIPWRECK, at: 1m}]\n"))
                .getMessage().contains("events[0].type"));
    }

    @Test
    void aScenarioFileIsRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.json");
        Files.writeString(file, "{\"start\": \"2025-06-01T00:00:00Z\", \"duration\": \"PT1H\", \"speed\": 10, \"seed\": 3}");
        Scenario scenario = loader.load(file);
        assertEquals(3, scenario.seed());
        assertEquals(10, scenario.speed());
        assertTrue(scenario.events().isEmpty());
    }

    private Scenario read(String yaml) throws Exception {
        return loader.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test");
    }
}

package io.coastwatch.server.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The console's message bundles (docs/development.md, "Console"): the frame's pair
 * {@code console/i18n/{vi,en}.json} and each screen's {@code console/modules/<screen>/i18n/{vi,en}.json}.
 * No key is missing in either bundle of a pair, a screen's keys carry its prefix and no key is defined
 * twice, every key the page and the scripts name literally exists, and no Vietnamese bundle holds
 * untranslated English: a Vietnamese message that is the English one, or holds a word of the English
 * bundles, fails unless the word is a code or a name every officer reads as is ({@link #AS_IS}).
 */
class ConsoleBundlesTest {
    private static final Path STATIC = Path.of("src", "main", "resources", "static");
    private static final Path CONSOLE = STATIC.resolve("console");
    /**
     * Words written the same in Vietnamese and English: codes, standards, formats and names. Each is
     * read as is by a Vietnamese officer (AIS, VMS, MMSI and IMO are the international names of the
     * systems and numbers, GMT+7 the zone's label, the formats the files' names, Esc the key's, km the
     * SI unit's symbol, QR the code's name: "mã QR").
     */
    private static final Set<String> AS_IS = Set.of("ais", "vms", "mmsi", "imo", "gmt", "csv", "geojson", "kml", "gpx",
            "coastwatch", "english", "natural", "earth", "esc", "km", "qr");
    /** English words that are Vietnamese words too ("Công an" police, "an ninh" security, "an toàn" safety). */
    private static final Set<String> VIETNAMESE_TOO = Set.of("an");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\w+}");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** Keys named literally: t('key' …), has('key'), data-i18n…="key". */
    private static final Pattern LITERAL_KEY = Pattern.compile(
            "\\b(?:t|has)\\('([a-z][\\w.-]*)'|data-i18n(?:-\\w+)?=\"([a-z][\\w.-]*)\"");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A bundle pair: its folder and, for a screen's, the screen's id (its keys' prefix). */
    private record Pair(Path folder, String screen) {
        Map<String, String> bundle(String language) {
            return read(folder.resolve(language + ".json"));
        }
    }

    private static List<Pair> pairs() {
        List<Pair> pairs = new ArrayList<>(List.of(new Pair(CONSOLE.resolve("i18n"), null)));
        try (Stream<Path> modules = Files.list(CONSOLE.resolve("modules"))) {
            modules.filter(Files::isDirectory).sorted()
                    .forEach(module -> pairs.add(new Pair(module.resolve("i18n"), module.getFileName().toString())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pairs;
    }

    private static Map<String, String> read(Path file) {
        assertTrue(Files.isRegularFile(file), "missing bundle " + file);
        try {
            JsonNode node = JSON.readTree(Files.readString(file));
            Map<String, String> messages = new TreeMap<>();
            node.properties().forEach(entry -> messages.put(entry.getKey(), entry.getValue().asString()));
            return messages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyScreenHasABundlePairWithTheSameKeys() {
        List<Pair> pairs = pairs();
        assertTrue(pairs.size() >= 11, "the frame's pair and one per screen: " + pairs);
        for (Pair pair : pairs) {
            Map<String, String> vi = pair.bundle("vi");
            Map<String, String> en = pair.bundle("en");
            Set<String> onlyVi = new TreeSet<>(vi.keySet());
            onlyVi.removeAll(en.keySet());
            Set<String> onlyEn = new TreeSet<>(en.keySet());
            onlyEn.removeAll(vi.keySet());
            assertEquals(Set.of(), onlyVi, pair.folder() + ": keys missing in en.json");
            assertEquals(Set.of(), onlyEn, pair.folder() + ": keys missing in vi.json");
            vi.forEach((key, text) -> assertFalse(text.isBlank(), pair.folder() + "/vi.json: " + key + " is empty"));
            en.forEach((key, text) -> assertFalse(text.isBlank(), pair.folder() + "/en.json: " + key + " is empty"));
            if (pair.screen() != null) {
                assertTrue(vi.containsKey(pair.screen() + ".title"), pair.folder() + ": the screen's name " + pair.screen() + ".title");
                vi.keySet().forEach(key -> assertTrue(key.startsWith(pair.screen() + "."),
                        pair.folder() + ": " + key + " lacks the screen's prefix " + pair.screen() + "."));
            }
        }
    }

    @Test
    void noKeyIsDefinedTwice() {
        Map<String, Path> seen = new HashMap<>();
        for (Pair pair : pairs()) {
            for (String key : pair.bundle("vi").keySet()) {
                Path before = seen.put(key, pair.folder());
                assertEquals(null, before, key + " is in " + before + " and in " + pair.folder());
            }
        }
    }

    @Test
    void everyKeyNamedInThePageAndTheScriptsExists() throws IOException {
        Set<String> keys = new TreeSet<>();
        pairs().forEach(pair -> keys.addAll(pair.bundle("vi").keySet()));
        Map<String, List<String>> missing = new TreeMap<>();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(STATIC)) {
            sources = files.filter(file -> file.toString().endsWith(".js") || file.toString().endsWith(".html"))
                    .filter(file -> !file.startsWith(STATIC.resolve("webjars"))).sorted().toList();
        }
        assertTrue(sources.size() > 20, "the console's sources: " + sources);
        for (Path source : sources) {
            Matcher matcher = LITERAL_KEY.matcher(Files.readString(source));
            while (matcher.find()) {
                String key = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
                if (!keys.contains(key)) {
                    missing.computeIfAbsent(source.toString(), s -> new ArrayList<>()).add(key);
                }
            }
        }
        assertEquals(Map.of(), missing, "keys named but in no bundle");
    }

    @Test
    void noVietnameseBundleHoldsUntranslatedEnglish() {
        Set<String> english = new TreeSet<>();
        Map<String, String> allEnglish = new HashMap<>();
        for (Pair pair : pairs()) {
            pair.bundle("en").forEach((key, text) -> {
                allEnglish.put(key, text);
                words(text).filter(ConsoleBundlesTest::ascii).forEach(english::add); // "Tiếng Việt" is not English
            });
        }
        english.removeAll(AS_IS);
        english.removeAll(VIETNAMESE_TOO);
        List<String> untranslated = new ArrayList<>();
        for (Pair pair : pairs()) {
            pair.bundle("vi").forEach((key, text) -> {
                List<String> englishWords = words(text).filter(english::contains).toList();
                boolean same = text.equals(allEnglish.get(key)) && words(text).anyMatch(word -> !AS_IS.contains(word));
                if (same || !englishWords.isEmpty()) {
                    untranslated.add(pair.folder() + "/vi.json " + key + " = \"" + text + "\" " + englishWords);
                }
            });
        }
        assertEquals(List.of(), untranslated, "English in the Vietnamese bundles");
    }

    private static boolean ascii(String word) {
        return word.chars().allMatch(c -> c < 128);
    }

    /** The words of a message, lower case, placeholders left out; words of one letter are not judged. */
    private static Stream<String> words(String text) {
        Matcher matcher = WORD.matcher(PLACEHOLDER.matcher(text).replaceAll(" "));
        List<String> words = new ArrayList<>();
        while (matcher.find()) {
            if (matcher.group().length() > 1) {
                words.add(matcher.group().toLowerCase(Locale.ROOT));
            }
        }
        return words.stream();
    }
}

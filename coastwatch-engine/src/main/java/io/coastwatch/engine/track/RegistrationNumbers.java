package io.coastwatch.engine.track;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vietnamese fishing-vessel registration numbers (Thông tư 23/2018/TT-BNNPTNT, Art. 19-20): the
 * province code, five digits and {@code TS}, as in {@code NT-90123-TS}.
 *
 * <p>The same number is written many ways: {@code NT-90123-TS}, {@code NT 90123 TS},
 * {@code NT90123TS}, {@code PY-99669TS}, {@code QNg 90917 TS}, {@code ĐNa 90427-TS}; AIS, whose
 * six-bit text has neither lower case nor {@code Đ}, sends {@code QNG 90917 TS} and
 * {@code DNA 90427 TS}. {@link #key} maps all of them to one key (upper case, {@code Đ} as {@code D},
 * separators dropped: {@code NT90123TS}), by which the engine links an AIS vessel to the VMS vessel
 * with the same number. A text is taken as a registration number only when it is one as a whole:
 * 1-3 letters, an optional space or hyphen, 5 digits, an optional space or hyphen, {@code TS}.
 *
 * <p>Stateless; thread-safe.
 */
public final class RegistrationNumbers {
    private static final Pattern NUMBER =
            Pattern.compile("([A-Za-zĐđ]{1,3})[ -]?(\\d{5})[ -]?(?:TS|ts)");
    /** Shortest and longest text {@link #NUMBER} matches: 1 letter, 5 digits, TS; 3 letters, 2 separators. */
    private static final int MIN_LENGTH = 1 + 5 + 2;
    private static final int MAX_LENGTH = 3 + 1 + 5 + 1 + 2;

    private RegistrationNumbers() {
    }

    /**
     * The linking key of {@code text} (such as {@code NT90123TS}), or {@code null} when the text,
     * trimmed, is not a registration number.
     */
    public static String key(String text) {
        Matcher matcher = match(text);
        if (matcher == null) {
            return null;
        }
        String province = matcher.group(1).replace('Đ', 'D').replace('đ', 'd').toUpperCase(Locale.ROOT);
        return province + matcher.group(2) + "TS";
    }

    /**
     * The number written as the regulation writes it ({@code NT-90123-TS}), or {@code null} when
     * {@code text} is not a registration number. The province code keeps the case it was given in
     * ({@code QNg-90917-TS}).
     */
    public static String canonical(String text) {
        Matcher matcher = match(text);
        return matcher != null ? matcher.group(1) + "-" + matcher.group(2) + "-TS" : null;
    }

    /**
     * The match of {@code text}, trimmed, as a whole, or {@code null}. The length (8 to 12) and the
     * ending ({@code TS} or {@code ts}) are checked first, without the regular expression: most texts
     * asked about are ships' names and call signs that fail there (this runs on every static report).
     */
    private static Matcher match(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        int length = trimmed.length();
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            return null;
        }
        char t = trimmed.charAt(length - 2);
        char s = trimmed.charAt(length - 1);
        if (!(t == 'T' && s == 'S' || t == 't' && s == 's')) {
            return null;
        }
        Matcher matcher = NUMBER.matcher(trimmed);
        return matcher.matches() ? matcher : null;
    }
}

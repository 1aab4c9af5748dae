package io.coastwatch.server.security;

import io.coastwatch.server.api.ApiException;
import io.coastwatch.server.api.FieldError;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be (NIST SP 800-63B §5.1.1.2): at least the configured number of characters
 * (counted as Unicode code points), at most 256, and not one people commonly choose — neither in the
 * list of common passwords shipped with the product ({@code common-passwords.txt}, see its header for
 * its source), compared without case, nor the account's own name or the product's, with or without
 * digits and signs around it. No rules about character classes (they make passwords worse, not
 * better). Immutable and thread-safe.
 */
public final class PasswordPolicy {
    /** The longest password taken (a longer one only costs hashing time). */
    public static final int MAX_LENGTH = 256;
    private static final String LIST = "common-passwords.txt";
    private static final Set<String> CONTEXT_WORDS = Set.of("coastwatch", "bienphong", "biênphòng", "matkhau",
            "mậtkhẩu", "password", "admin", "administrator");

    private final int minLength;
    private final Set<String> common;

    public PasswordPolicy(int minLength) {
        this.minLength = minLength;
        this.common = load();
    }

    /**
     * Refuses {@code password} for {@code username} with a 400 naming {@code field} and why
     * ({@code too-short}, {@code too-long}, {@code common-password}).
     */
    public void check(String field, String username, String password) {
        problem(field, username, password).ifPresent(error -> {
            throw ApiException.invalid(List.of(error));
        });
    }

    /** What is wrong with {@code password} for {@code username}, as the error of {@code field}; empty when nothing. */
    public Optional<FieldError> problem(String field, String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < minLength) {
            return Optional.of(new FieldError(field, "too-short", "a password needs at least " + minLength + " characters"));
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of(new FieldError(field, "too-long", "a password has at most " + MAX_LENGTH + " characters"));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "").replace(" ", "");
        if (common.contains(lower) || CONTEXT_WORDS.contains(core)
                || (username != null && core.equals(username.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "")))) {
            return Optional.of(new FieldError(field, "common-password", "this password is among those most often"
                    + " chosen (or is the account's or the product's name): choose another; a few unrelated words"
                    + " make a good one"));
        }
        return Optional.empty();
    }

    /** The fewest characters taken. */
    public int minLength() {
        return minLength;
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("missing the list of common passwords " + LIST);
            }
            Set<String> words = new HashSet<>(32_768);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip());
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LIST, e);
        }
    }
}

package io.coastwatch.server.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's officers beside {@code admin}, so that what a role in a unit sees and does can be compared
 * ({@code docs/access.md}): the provincial command's commander and the station officers of Vĩnh Hải and
 * Cà Ná (units and areas of the demo organisation). Their passwords are generated at the first run and
 * kept in {@value #FILE} in the data folder ({@code rw-------}), one {@code username password} a line; the
 * accounts are made through the API as the administrator, as any administrator would (audited).
 */
final class DemoAccounts {
    /** The file in the data folder that keeps the officers' passwords between runs. */
    static final String FILE = "demo-accounts";

    /**
     * One demo officer.
     *
     * @param username the account
     * @param description who it is, in Vietnamese and English, for the start-up message
     * @param rolesJson the account's role assignments as the API takes them
     * @param personId the demo person it is linked to, or {@code null}
     */
    record Officer(String username, String description, String rolesJson, String personId) {
    }

    /** The officers, in the order the demo prints them. */
    static final List<Officer> OFFICERS = List.of(
            new Officer("chi-huy", "chỉ huy Bộ Chỉ huy / the command's commander",
                    "{\"role\":\"commander\",\"unitId\":\"bdbp-khanh-hoa\"}", "p-nguyen-van-hung"),
            new Officer("don-vinh-hai", "cán bộ Đồn Vĩnh Hải / Vinh Hai station officer",
                    "{\"role\":\"station-officer\",\"unitId\":\"dbp-vinh-hai\"}", null),
            new Officer("don-ca-na", "cán bộ Đồn Cà Ná / Ca Na station officer",
                    "{\"role\":\"station-officer\",\"unitId\":\"dbp-ca-na\"}", null));

    private DemoAccounts() {
    }

    /**
     * Makes the officers' accounts that do not exist yet, with the passwords kept in {@code dataDir}.
     *
     * @param adminToken a bearer token of a system administrator
     * @return each officer's username and password, in {@link #OFFICERS}' order
     * @throws IOException when the server refuses an account for another reason than that it exists
     */
    static Map<String, String> ensure(URI base, String adminToken, Path dataDir) throws IOException, InterruptedException {
        Map<String, String> passwords = keptPasswords(dataDir);
        try (HttpClient client = HttpClient.newHttpClient()) {
            for (Officer officer : OFFICERS) {
                String body = "{\"username\":\"" + officer.username() + "\",\"password\":\""
                        + passwords.get(officer.username()) + "\",\"roles\":[" + officer.rolesJson() + "]"
                        + (officer.personId() == null ? "" : ",\"personId\":\"" + officer.personId() + "\"") + "}";
                HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/accounts"))
                        .timeout(Duration.ofSeconds(10))
                        .header("Authorization", "Bearer " + adminToken)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build();
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 201 && response.statusCode() != 409) {
                    throw new IOException("the server refused the demo account " + officer.username() + " (HTTP "
                            + response.statusCode() + "): " + response.body());
                }
            }
        }
        return passwords;
    }

    /** The officers' passwords kept in the data folder; those missing are generated and kept. */
    private static Map<String, String> keptPasswords(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        Map<String, String> passwords = new LinkedHashMap<>();
        if (Files.isRegularFile(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.strip().split(" ", 2);
                if (parts.length == 2) {
                    passwords.put(parts[0], parts[1]);
                }
            }
        }
        SecureRandom random = new SecureRandom();
        List<String> lines = new ArrayList<>();
        Map<String, String> ordered = new LinkedHashMap<>();
        for (Officer officer : OFFICERS) {
            String password = passwords.computeIfAbsent(officer.username(), name -> generated(random));
            ordered.put(officer.username(), password);
            lines.add(officer.username() + " " + password);
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the folder's own permissions protect it
        }
        return ordered;
    }

    private static String generated(SecureRandom random) {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

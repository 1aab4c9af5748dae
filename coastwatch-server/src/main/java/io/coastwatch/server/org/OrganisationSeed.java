package io.coastwatch.server.org;

import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.org.OrganisationFile;
import io.coastwatch.operations.org.usecase.ImportOrganisation;
import io.coastwatch.operations.org.usecase.Organisation;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Seeds the organisation when the store holds no unit: the bundled demo (resources beside this class,
 * {@code demo/README.md} says where each fact comes from) or a deployment's folder of CSV files, imported
 * file by file (units, agencies, persons, resources) as {@code system:seed}, each line audited.
 */
final class OrganisationSeed {

    /** The seed that names the bundled demo organisation. */
    static final String DEMO = "demo";
    private static final Actor SEEDER = Actor.system("seed");

    private OrganisationSeed() {
    }

    /**
     * @return how many records were written (0 when {@code seed} is blank or units exist)
     * @throws IllegalArgumentException naming the file and its bad lines
     */
    static int seed(Organisation organisation, String seed) {
        if (seed == null || seed.isBlank() || !organisation.units().all().isEmpty()) {
            return 0;
        }
        ImportOrganisation importer = new ImportOrganisation(organisation);
        return organisation.transactions().write(() -> {
            int written = 0;
            for (OrganisationFile.Kind kind : OrganisationFile.Kind.values()) {
                String name = kind.slug() + ".csv";
                try (InputStream in = open(seed.strip(), name)) {
                    if (in == null) {
                        continue;
                    }
                    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                        written += importer.execute(SEEDER, OrganisationFile.readCsv(kind, reader)).written();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("coastwatch.organisation.seed: cannot read " + name, e);
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("coastwatch.organisation.seed: " + name + ": " + e.getMessage(), e);
                }
            }
            return written;
        });
    }

    private static InputStream open(String seed, String name) throws IOException {
        if (seed.toLowerCase(Locale.ROOT).equals(DEMO)) {
            return OrganisationSeed.class.getResourceAsStream("demo/" + name);
        }
        Path file = Path.of(seed, name);
        return Files.isRegularFile(file) ? Files.newInputStream(file) : null;
    }
}

package io.coastwatch.bench.store;

import io.coastwatch.engine.registry.RegisteredVessel;
import io.coastwatch.engine.registry.RegistryCsv;
import io.coastwatch.operations.access.Actor;
import io.coastwatch.operations.access.UnitScope;
import io.coastwatch.operations.registry.FleetFile;
import io.coastwatch.operations.registry.FleetRepository;
import io.coastwatch.operations.registry.FleetVessel;
import io.coastwatch.operations.registry.usecase.Fleet;
import io.coastwatch.operations.registry.usecase.ImportVessels;
import io.coastwatch.store.Database;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Port control's fleet registry, through the store and the use case:
 * <ul>
 * <li>{@code import}: a whole-registry file of {@code COUNT} vessels (CSV text in memory) read, checked
 *     and imported ({@link FleetFile#readCsv}, {@link FleetFile#vessels}, {@link ImportVessels}: one
 *     transaction, a history version per vessel, one audit entry) into a new database; beside it the first
 *     registry's import of the same vessels ({@link RegistryCsv} and {@code RegistryStore.saveVessels}, the
 *     code before the fleet registry, fewer fields and no history). {@code RUNS} runs, each on new
 *     databases; prints each run and the medians.</li>
 * <li>{@code lookup}: {@code LOOKUPS} lookups ({@link FleetRepository#byIdentity}) of random vessels of a
 *     registry of {@code COUNT}, each by one of its identities at random — its number spelled as the
 *     regulation writes it, without separators, lower case with spaces, its MMSI or its VMS device —
 *     after 1,000 for warm-up; prints the median, p99 and max latency per run.</li>
 * </ul>
 * The vessels are drawn from a seeded random (the seed printed).
 *
 * <p>Usage: {@code FleetBenchmark import|lookup sqlite|postgresql COUNT RUNS WORK_DIR [SEED]}.
 */
public final class FleetBenchmark {

    private static final Actor ADMIN = Actor.system("fleet-benchmark");
    private static final UnitScope EVERYTHING = new UnitScope(true, Set.of(), Set.of(), Set.of());
    private static final String[] PROVINCES = {"NT", "BTh", "KH", "PY", "BĐ", "QNg", "ĐNa", "TTH", "QB", "NA"};
    private static final int LOOKUPS = 10_000;
    private static final int WARM_UP = 1_000;

    private FleetBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: FleetBenchmark import|lookup sqlite|postgresql COUNT RUNS WORK_DIR [SEED]");
            System.exit(2);
        }
        String what = args[0];
        String backend = args[1];
        int count = Integer.parseInt(args[2]);
        int runs = Integer.parseInt(args[3]);
        long seed = args.length > 5 ? Long.parseLong(args[5]) : System.nanoTime();
        System.out.printf("seed %d%n", seed);
        String csv = csv(count, new Random(seed));
        try (BenchDatabase databases = new BenchDatabase(backend, Path.of(args[4]))) {
            switch (what) {
                case "import" -> imports(databases, backend, csv, count, runs);
                case "lookup" -> lookups(databases, backend, csv, runs, new Random(seed + 1));
                default -> throw new IllegalArgumentException("import or lookup, not " + what);
            }
        }
    }

    private static void imports(BenchDatabase databases, String backend, String csv, int count, int runs)
            throws Exception {
        double[] fleet = new double[runs];
        double[] first = new double[runs];
        for (int run = 0; run < runs; run++) {
            try (Database database = Database.open(databases.newDatabase())) {
                long start = System.nanoTime();
                importFleet(database, csv);
                fleet[run] = (System.nanoTime() - start) / 1e9;
            }
            try (Database database = Database.open(databases.newDatabase())) {
                long start = System.nanoTime();
                List<RegisteredVessel> vessels = new RegistryCsv().read(firstRegistryCsv(csv));
                database.registry().saveVessels(vessels, true);
                first[run] = (System.nanoTime() - start) / 1e9;
            }
            System.out.printf("%s run %d: %,d vessels imported in %.2f s (fleet registry), %.2f s (first registry)%n",
                    backend, run + 1, count, fleet[run], first[run]);
        }
        System.out.printf("%s median of %d runs: %,d vessels in %.2f s (fleet registry), %.2f s (first registry), ratio %.2f%n",
                backend, runs, count, median(fleet), median(first), median(fleet) / median(first));
    }

    private static void lookups(BenchDatabase databases, String backend, String csv, int runs, Random random)
            throws Exception {
        try (Database database = Database.open(databases.newDatabase())) {
            List<FleetVessel> vessels = importFleet(database, csv);
            FleetRepository fleet = database.fleet();
            for (int run = 0; run < runs; run++) {
                for (int i = 0; i < WARM_UP; i++) {
                    lookup(fleet, identity(vessels.get(random.nextInt(vessels.size())), random));
                }
                long[] nanos = new long[LOOKUPS];
                for (int i = 0; i < LOOKUPS; i++) {
                    String identity = identity(vessels.get(random.nextInt(vessels.size())), random);
                    long start = System.nanoTime();
                    lookup(fleet, identity);
                    nanos[i] = System.nanoTime() - start;
                }
                Arrays.sort(nanos);
                System.out.printf("%s run %d: %,d lookups by any identity in a registry of %,d: median %.3f ms, p99 %.3f ms,"
                        + " max %.3f ms%n", backend, run + 1, LOOKUPS, vessels.size(), nanos[LOOKUPS / 2] / 1e6,
                        nanos[LOOKUPS * 99 / 100] / 1e6, nanos[LOOKUPS - 1] / 1e6);
            }
        }
    }

    private static void lookup(FleetRepository fleet, String identity) {
        if (fleet.byIdentity(identity).isEmpty()) {
            throw new IllegalStateException("not found: " + identity);
        }
    }

    private static List<FleetVessel> importFleet(Database database, String csv) {
        List<FleetVessel> vessels = FleetFile.vessels(FleetFile.readCsv(new StringReader(csv)));
        new ImportVessels(new Fleet(database.transactions(), database.audit(), database.fleet(), Clock.systemUTC()))
                .execute(ADMIN, EVERYTHING, vessels, true, false);
        return vessels;
    }

    /** One of the vessel's identities, spelled one of the ways officers and sources write it. */
    private static String identity(FleetVessel vessel, Random random) {
        String number = vessel.registrationNumber();
        return switch (random.nextInt(5)) {
            case 0 -> number;
            case 1 -> number.replace("-", "");
            case 2 -> number.replace('-', ' ').toLowerCase(java.util.Locale.ROOT);
            case 3 -> Integer.toString(vessel.mmsi());
            default -> vessel.vmsDeviceIds().getFirst().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** A whole registry of {@code count} distinct vessels with every field a station keeps. */
    private static String csv(int count, Random random) {
        StringBuilder csv = new StringBuilder("registrationNumber,name,lengthMetres,gear,licenceNumber,licenceGear,"
                + "licenceZoneClass,licenceValidUntil,safetyCertificateValidUntil,mmsi,vmsDeviceIds,homePort,homeStationId,"
                + "owner,captainName,captainCertificate,captainCertificateValidUntil,watchLists\n");
        List<String> gears = List.of("purse-seine", "gillnet", "trawl", "longline", "handline");
        for (int i = 0; i < count; i++) {
            String province = PROVINCES[i % PROVINCES.length];
            String number = province + "-" + String.format("%05d", i / PROVINCES.length) + "-TS";
            String gear = gears.get(random.nextInt(gears.size()));
            csv.append(number).append(",Tàu ").append(i).append(',').append(6 + random.nextInt(300) / 10.0).append(',')
                    .append(gear).append(",GP-").append(i).append(',').append(gear).append(",offshore,2027-0")
                    .append(1 + random.nextInt(9)).append("-15,2027-06-30,").append(574_000_000 + i).append(",VMS-")
                    .append(i).append(i % 10 == 0 ? "; VMS-S" + i : "").append(",PORT-").append(province.toUpperCase())
                    .append(",dbp-").append(i % 40).append(",Chủ tàu ").append(i).append(",Thuyền trưởng ").append(i)
                    .append(",TT-").append(i).append(",2028-01-01,").append(i % 500 == 0 ? "stolen" : "").append('\n');
        }
        return csv.toString();
    }

    /** The same vessels in the first registry's columns. */
    private static String firstRegistryCsv(String csv) {
        StringBuilder first = new StringBuilder("registrationNumber,name,owner,lengthMetres,gear,licenceValidUntil,mmsi,"
                + "vmsDeviceId,homePort\n");
        List<String> lines = csv.lines().skip(1).toList();
        for (String line : lines) {
            String[] cells = line.split(",", -1);
            first.append(cells[0]).append(',').append(cells[1]).append(',').append(cells[13]).append(',').append(cells[2])
                    .append(',').append(cells[3]).append(',').append(cells[7]).append(',').append(cells[9]).append(',')
                    .append(cells[10].split(";")[0]).append(',').append(cells[11]).append('\n');
        }
        return first.toString();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}

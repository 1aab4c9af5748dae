package io.coastwatch.store.plan;

import io.coastwatch.operations.common.Label;
import io.coastwatch.operations.common.Validity;
import io.coastwatch.operations.org.Unit;
import io.coastwatch.operations.org.UnitKind;
import io.coastwatch.store.Database;
import java.time.LocalDate;
import java.util.List;

/**
 * A province's command ({@code bch}) with two stations, Ninh Chữ (zones {@code z-nc-1}, {@code z-nc-2})
 * and Cà Ná ({@code z-cn}), written into the store's own unit repository for the indicator and plan
 * tests.
 */
public final class TestCommand {
    public static final String COMMAND = "bch";
    public static final String NINH_CHU = "dbp-ninh-chu";
    public static final String CA_NA = "dbp-ca-na";

    private TestCommand() {
    }

    /** Saves the three units into {@code database}. */
    public static void seed(Database database) {
        database.transactions().run(() -> List.of(unit(COMMAND, UnitKind.COMMAND, null, List.of()),
                        unit(NINH_CHU, UnitKind.STATION, COMMAND, List.of("z-nc-1", "z-nc-2")),
                        unit(CA_NA, UnitKind.STATION, COMMAND, List.of("z-cn")))
                .forEach(database.units()::save));
    }

    private static Unit unit(String id, UnitKind kind, String parentId, List<String> zones) {
        return new Unit(id, id.toUpperCase(), kind, new Label(id, id), parentId, zones, null, null, List.of(),
                Validity.from(LocalDate.of(2020, 1, 1)));
    }
}

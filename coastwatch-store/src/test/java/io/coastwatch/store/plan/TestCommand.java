package io.coastwatch.store.plan;

import io.coastwatch.operations.common.Label;
import io.coastwatch.operations.common.Validity;
import io.coastwatch.operations.org.Unit;
import io.coastwatch.operations.org.UnitKind;
import io.coastwatch.operations.org.UnitRepository;
import io.coastwatch.operations.org.UnitTree;
import java.time.LocalDate;
import java.util.List;

/**
 * A province's command ({@code bch}) with two stations, Ninh Chữ (zones {@code z-nc-1}, {@code z-nc-2})
 * and Cà Ná ({@code z-cn}), for the indicator and plan tests; as a {@link UnitRepository} until the
 * organisation's store lands, read-only.
 */
public final class TestCommand implements UnitRepository {
    public static final String COMMAND = "bch";
    public static final String NINH_CHU = "dbp-ninh-chu";
    public static final String CA_NA = "dbp-ca-na";
    private static final List<Unit> UNITS = List.of(unit(COMMAND, UnitKind.COMMAND, null, List.of()),
            unit(NINH_CHU, UnitKind.STATION, COMMAND, List.of("z-nc-1", "z-nc-2")),
            unit(CA_NA, UnitKind.STATION, COMMAND, List.of("z-cn")));

    public static UnitTree tree() {
        return new UnitTree(UNITS);
    }

    private static Unit unit(String id, UnitKind kind, String parentId, List<String> zones) {
        return new Unit(id, id.toUpperCase(), kind, new Label(id, id), parentId, zones, null, null, List.of(),
                Validity.from(LocalDate.of(2020, 1, 1)));
    }

    @Override
    public List<Unit> validOn(LocalDate day) {
        return UNITS.stream().filter(unit -> unit.validity().covers(day)).toList();
    }

    @Override
    public List<Unit> history(String unitId) {
        return UNITS.stream().filter(unit -> unit.id().equals(unitId)).toList();
    }

    @Override
    public List<Unit> all() {
        return UNITS;
    }

    @Override
    public void save(Unit version) {
        throw new UnsupportedOperationException("the test command is read-only");
    }
}

package io.coastwatch.store.position;

import io.coastwatch.engine.track.FixSource;
import io.coastwatch.engine.track.Plausibility;
import io.coastwatch.engine.track.PositionFix;
import io.coastwatch.store.jdbc.Columns;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The ten columns of a {@link PositionFix}, in the order both the {@code positions} table and the
 * {@code fix_*} columns of {@code vessels} have them: vessel id, time, source, latitude, longitude,
 * speed, course, heading, navigational status, plausibility. Enumerations are stored as fixed small
 * codes (not ordinals): these switches fail to compile when the engine adds a constant, so a new
 * constant gets a new code here.
 */
public final class FixColumns {

    /** How many columns a fix takes. */
    public static final int COUNT = 10;

    private FixColumns() {
    }

    /** Binds {@code fix} to parameters {@code first} to {@code first + 9}. */
    public static void bind(PreparedStatement statement, int first, PositionFix fix) throws SQLException {
        statement.setLong(first, fix.vesselId());
        statement.setLong(first + 1, fix.timeMillis());
        statement.setInt(first + 2, code(fix.source()));
        Columns.setDouble(statement, first + 3, fix.latitude());
        Columns.setDouble(statement, first + 4, fix.longitude());
        Columns.setDouble(statement, first + 5, fix.speedKnots());
        Columns.setDouble(statement, first + 6, fix.courseDegrees());
        statement.setInt(first + 7, fix.headingDegrees());
        statement.setInt(first + 8, fix.navigationStatus());
        statement.setInt(first + 9, code(fix.plausibility()));
    }

    /** Reads the fix in columns {@code first} to {@code first + 9}. */
    public static PositionFix read(ResultSet row, int first) throws SQLException {
        return new PositionFix(
                row.getLong(first),
                row.getLong(first + 1),
                Columns.getDouble(row, first + 3),
                Columns.getDouble(row, first + 4),
                Columns.getDouble(row, first + 5),
                Columns.getDouble(row, first + 6),
                row.getInt(first + 7),
                row.getInt(first + 8),
                source(row.getInt(first + 2)),
                plausibility(row.getInt(first + 9)));
    }

    static int code(FixSource source) {
        return switch (source) {
            case AIS_CLASS_A -> 1;
            case AIS_CLASS_B -> 2;
            case AIS_LONG_RANGE -> 3;
            case AIS_SAR_AIRCRAFT -> 4;
            case AIS_AID_TO_NAVIGATION -> 5;
            case AIS_BASE_STATION -> 6;
            case VMS -> 7;
        };
    }

    static FixSource source(int code) {
        for (FixSource source : FixSource.values()) {
            if (code(source) == code) {
                return source;
            }
        }
        throw new IllegalStateException("unknown fix source code " + code + " in the database");
    }

    static int code(Plausibility plausibility) {
        return switch (plausibility) {
            case PLAUSIBLE -> 0;
            case NOT_AVAILABLE -> 1;
            case ON_LAND -> 2;
            case IMPLAUSIBLE_JUMP -> 3;
        };
    }

    static Plausibility plausibility(int code) {
        for (Plausibility plausibility : Plausibility.values()) {
            if (code(plausibility) == code) {
                return plausibility;
            }
        }
        throw new IllegalStateException("unknown plausibility code " + code + " in the database");
    }
}

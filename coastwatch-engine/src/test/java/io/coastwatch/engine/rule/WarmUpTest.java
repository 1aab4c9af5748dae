package io.coastwatch.engine.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coastwatch.engine.port.InMemoryPositionStore;
import io.coastwatch.engine.track.FixSource;
import io.coastwatch.engine.track.Plausibility;
import io.coastwatch.engine.track.PositionFix;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The warm-up's reading of the history: every fix of the window once, in time order, in bounded reads. */
class WarmUpTest {
    private static final long T0 = 1_795_000_000_000L;
    private static final long MINUTE = 60_000;

    @Test
    void everyFixOfTheWindowComesOnceInOrderEvenWhenAReadIsFullOfTies() {
        long seed = System.nanoTime();
        System.out.println("WarmUpTest seed: " + seed);
        Random random = new Random(seed);
        InMemoryPositionStore history = new InMemoryPositionStore();
        List<PositionFix> inWindow = new ArrayList<>();
        // More fixes at one millisecond than a read takes, then a crowd of random times over an hour.
        for (int vessel = 0; vessel < WarmUp.PAGE + 7; vessel++) {
            inWindow.add(fix(vessel, T0 + 5 * MINUTE));
        }
        for (int i = 0; i < 2 * WarmUp.PAGE; i++) {
            inWindow.add(fix(1_000_000 + i, T0 + random.nextLong(60 * MINUTE)));
        }
        inWindow.add(fix(7, T0 + 60 * MINUTE));     // the latest: included
        inWindow.forEach(history::append);
        history.append(fix(8, T0 - 1));              // before the window
        history.append(fix(9, T0 + 60 * MINUTE + 1)); // after it

        List<PositionFix> replayed = new ArrayList<>();
        new WarmUp(history, 60 * MINUTE, T0 + 60 * MINUTE).replay(replayed::add);

        inWindow.sort(Comparator.comparingLong(PositionFix::timeMillis).thenComparingLong(PositionFix::vesselId));
        assertEquals(inWindow, replayed, "seed " + seed);
    }

    private static PositionFix fix(long vesselId, long timeMillis) {
        return new PositionFix(vesselId, timeMillis, 11.3, 109.6, 5, 90, 90, 0, FixSource.AIS_CLASS_A,
                Plausibility.PLAUSIBLE);
    }
}

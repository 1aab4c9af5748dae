package io.coastwatch.engine.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputQueueTest {

    @Test
    void holdsExactlyItsCapacityAndDrainsInOrder() {
        InputQueue queue = new InputQueue(3);
        assertTrue(queue.offer("a", 1));
        assertTrue(queue.offer("b", 2));
        assertTrue(queue.offer("c", 3));
        assertFalse(queue.offer("d", 4), "full at 3 although the ring has 4 slots");
        assertEquals(3, queue.size());

        Object[] inputs = new Object[2];
        long[] times = new long[2];
        assertEquals(2, queue.drain(inputs, times));
        assertEquals(List.of("a", "b"), List.of(inputs));
        assertEquals(2, times[1]);
        assertTrue(queue.offer("e", 5));
        assertTrue(queue.offer("f", 6));
        assertFalse(queue.offer("g", 7));
        assertEquals(2, queue.drain(inputs, times));
        assertEquals(List.of("c", "e"), List.of(inputs));
        assertEquals(1, queue.drain(inputs, times));
        assertEquals("f", inputs[0]);
        assertEquals(6, times[0]);
        assertEquals(0, queue.drain(inputs, times));
        assertTrue(queue.isEmpty());
    }

    @Test
    void everyOfferFromSeveralThreadsIsDrainedOnceInEachThreadsOrderOrRefused() throws Exception {
        InputQueue queue = new InputQueue(1000);
        int producers = 3;
        int offersEach = 200_000;
        long[] accepted = new long[producers];
        List<Thread> threads = new ArrayList<>();
        for (int p = 0; p < producers; p++) {
            int producer = p;
            threads.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < offersEach; i++) {
                    if (queue.offer(new long[] {producer, i}, producer * 1_000_000L + i)) {
                        accepted[producer]++;
                    }
                }
            }));
        }
        long[] lastSeen = {-1, -1, -1};
        long[] drained = new long[producers];
        Object[] inputs = new Object[64];
        long[] times = new long[64];
        while (threads.stream().anyMatch(Thread::isAlive) || !queue.isEmpty()) {
            int count = queue.drain(inputs, times);
            for (int i = 0; i < count; i++) {
                long[] input = (long[]) inputs[i];
                int producer = (int) input[0];
                assertTrue(input[1] > lastSeen[producer], "in the order offered");
                assertEquals(producer * 1_000_000L + input[1], times[i], "the time offered with it");
                lastSeen[producer] = input[1];
                drained[producer]++;
            }
        }
        for (Thread thread : threads) {
            thread.join();
        }
        for (int p = 0; p < producers; p++) {
            assertEquals(accepted[p], drained[p], "producer " + p);
        }
    }

    @Test
    void aShareHoldsAtMostItsLimitAndIsGivenBackAsTheWriterDrains() {
        InputQueue queue = new InputQueue(8);
        InputQueue.Share flood = new InputQueue.Share(3);
        InputQueue.Share live = new InputQueue.Share(3);
        assertTrue(queue.offer("f1", 1, flood));
        assertTrue(queue.offer("f2", 2, flood));
        assertTrue(queue.offer("f3", 3, flood));
        assertFalse(queue.offer("f4", 4, flood), "the flood's share is full although the queue is not");
        assertTrue(queue.offer("l1", 5, live), "the other share is untouched");
        assertTrue(queue.offer("plain", 6), "offers without a share take the rest of the queue");
        assertEquals(3, flood.queued());
        assertEquals(1, live.queued());

        Object[] inputs = new Object[2];
        long[] times = new long[2];
        assertEquals(2, queue.drain(inputs, times));
        assertEquals(1, flood.queued(), "what the writer took is given back");
        assertTrue(queue.offer("f4", 4, flood));
        assertTrue(queue.offer("f5", 5, flood));
        assertFalse(queue.offer("f6", 6, flood));
        Object[] rest = new Object[16];
        assertEquals(5, queue.drain(rest, new long[16]));
        assertEquals(List.of("f3", "l1", "plain", "f4", "f5"), java.util.Arrays.asList(rest).subList(0, 5));
        assertEquals(0, flood.queued());
        assertEquals(0, live.queued());
    }

    @Test
    void aShareRefusedByAFullQueueIsNotCharged() {
        InputQueue queue = new InputQueue(2);
        InputQueue.Share share = new InputQueue.Share(5);
        assertTrue(queue.offer("a", 1));
        assertTrue(queue.offer("b", 2));
        assertFalse(queue.offer("c", 3, share));
        assertEquals(0, share.queued(), "nothing was queued, so nothing is held");
    }

    @Test
    void sharesOfSeveralThreadsAreGivenBackExactly() throws Exception {
        InputQueue queue = new InputQueue(1 << 12);
        InputQueue.Share shared = new InputQueue.Share(100);
        int producers = 3;
        int offersEach = 100_000;
        long[] accepted = new long[producers];
        List<Thread> threads = new ArrayList<>();
        for (int p = 0; p < producers; p++) {
            int producer = p;
            threads.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < offersEach; i++) {
                    if (queue.offer(i, i, shared)) {
                        accepted[producer]++;
                    }
                    assertTrue(shared.queued() <= 100, "never more than the share");
                }
            }));
        }
        long drained = 0;
        Object[] inputs = new Object[64];
        long[] times = new long[64];
        while (threads.stream().anyMatch(Thread::isAlive) || !queue.isEmpty()) {
            drained += queue.drain(inputs, times);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(accepted[0] + accepted[1] + accepted[2], drained);
        assertEquals(0, shared.queued());
    }
}

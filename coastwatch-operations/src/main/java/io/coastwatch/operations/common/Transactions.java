package io.coastwatch.operations.common;

import java.util.function.Supplier;

/**
 * The unit of work of a use case: every repository write and the audit record of that write made
 * inside {@link #write} commit together or not at all. Implemented by the store, which binds one
 * database transaction to the calling thread for the duration of {@code work}; repositories called
 * inside use it. Calls nest: an inner {@code write} joins the outer one, as a savepoint: when the inner
 * work throws, its writes (and its audit records) are undone, and an outer work that catches the
 * failure commits the rest.
 *
 * <p>Thread-safe; {@code work} runs on the calling thread.
 */
public interface Transactions {

    /**
     * Runs {@code work} in one transaction and returns its result. The transaction commits when
     * {@code work} returns and is rolled back when it throws, and the exception is rethrown as it was.
     */
    <T> T write(Supplier<T> work);

    /** {@link #write(Supplier)} for work with no result. */
    default void run(Runnable work) {
        write(() -> {
            work.run();
            return null;
        });
    }
}

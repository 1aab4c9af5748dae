package io.coastwatch.operations.plan;

import java.util.List;
import java.util.Optional;

/**
 * The plans and their targets (port; the store implements it on SQLite and PostgreSQL). Writes join
 * the caller's {@link io.coastwatch.operations.common.Transactions#write transaction}. Thread-safe.
 */
public interface PlanRepository {

    Optional<Plan> find(String id);

    /** Every plan, by period (the latest first), then id. */
    List<Plan> all();

    /** Stores the plan with exactly its targets, replacing the plan of the same id and its targets. */
    void save(Plan plan);
}

package fr.faireess.mobility.identity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Persistent count of one key's requests in its window ({@link RequestBudget}): in the database, so every instance shares it. */
@Entity
@Table(name = "request_budget")
class RequestBudgetRecord {

    @Id
    @Column(name = "budget_key", length = 300)
    private String key;

    @Column(name = "request_count", nullable = false)
    private int count;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    protected RequestBudgetRecord() {
    }

    RequestBudgetRecord(String key) {
        this.key = key;
    }

    RequestBudget.State state() {
        return new RequestBudget.State(count, windowStart);
    }

    void apply(RequestBudget.State state) {
        this.count = state.count();
        this.windowStart = state.windowStart();
    }
}

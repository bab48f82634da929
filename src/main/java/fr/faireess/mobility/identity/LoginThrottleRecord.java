package fr.faireess.mobility.identity;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Persistent failure count of one login (an e-mail as typed, normalised), see {@link LoginThrottle}. */
@Entity
@Table(name = "login_throttle")
class LoginThrottleRecord implements Serializable {

    @Id
    @Column(length = 254)
    private String email;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure", nullable = false)
    private Instant lastFailure;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected LoginThrottleRecord() {
    }

    LoginThrottleRecord(String email) {
        this.email = email;
    }

    LoginThrottle.State state() {
        return new LoginThrottle.State(failures, lastFailure, lockedUntil);
    }

    void apply(LoginThrottle.State state) {
        this.failures = state.failures();
        this.lastFailure = state.lastFailure();
        this.lockedUntil = state.lockedUntil();
    }
}

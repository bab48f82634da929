package fr.faireess.mobility.identity;

/** What happened to one login attempt; the login page turns it into a message. */
public record LoginResult(Outcome outcome, Account account, long minutesLocked) {

    public enum Outcome { SUCCESS, INVALID, LOCKED, DISABLED }

    static LoginResult success(Account account) {
        return new LoginResult(Outcome.SUCCESS, account, 0);
    }

    static LoginResult invalid() {
        return new LoginResult(Outcome.INVALID, null, 0);
    }

    static LoginResult locked(long minutes) {
        return new LoginResult(Outcome.LOCKED, null, minutes);
    }

    static LoginResult disabled() {
        return new LoginResult(Outcome.DISABLED, null, 0);
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCESS;
    }
}

package fr.faireess.mobility.identity;

import jakarta.enterprise.context.RequestScoped;

/**
 * Carries the detailed outcome of a login from the identity store (which may only answer valid or
 * invalid) to the login page, which shows the matching message.
 */
@RequestScoped
public class LastLoginResult {

    private LoginResult result;

    public LoginResult get() {
        return result;
    }

    void set(LoginResult result) {
        this.result = result;
    }
}

package fr.faireess.mobility.identity.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.AccountService;

/**
 * {@code #{people.nameOf(email)}}: who did something, as people read it in a history ("Léa Vidal"),
 * from the e-mail address the audit log keeps. Someone without an account (a host's mentor signing
 * through a link) or an account since erased stays an address. One lookup per address and request.
 */
@Named("people")
@RequestScoped
public class PeopleNames {

    @Inject private AccountService accounts;

    private final Map<String, String> names = new HashMap<>();

    public String nameOf(String email) {
        if (email == null || email.isBlank()) {
            return "";
        }
        return names.computeIfAbsent(email, e -> accounts.findByEmail(e).map(Account::getFullName).orElse(e));
    }
}

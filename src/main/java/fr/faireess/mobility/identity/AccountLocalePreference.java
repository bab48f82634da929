package fr.faireess.mobility.identity;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import fr.faireess.mobility.platform.i18n.LocalePreference;

/** The language remembered on the logged-in account, for the platform's language bean. */
@RequestScoped
public class AccountLocalePreference implements LocalePreference {

    @Inject private CurrentUser currentUser;
    @Inject private AccountService accounts;

    @Override
    public Optional<String> remembered() {
        return currentUser.account().map(Account::getPreferredLocale);
    }

    @Override
    public void remember(String code) {
        currentUser.account().ifPresent(a -> accounts.rememberLocale(a.getId(), code));
    }
}

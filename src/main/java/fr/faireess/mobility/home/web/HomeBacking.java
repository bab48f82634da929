package fr.faireess.mobility.home.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.AccountCriteria;
import fr.faireess.mobility.identity.AccountService;
import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.platform.web.RenderCache;

/** Backs the four role home pages ({@code /student/index.xhtml}, {@code /coordinator/...}, …). */
@Named
@RequestScoped
public class HomeBacking {
    /** What the getters read, once per rendered response. */
    private final RenderCache render = new RenderCache();


    @Inject
    private CurrentUser currentUser;

    @Inject
    private AccountService accounts;

    public Account getMe() {
        return currentUser.get();
    }

    public long getAccountCount() {
        return render.get("accountCount", () -> accounts.count(AccountCriteria.ALL));
    }

    public long getActiveAccountCount() {
        return render.get("activeAccountCount", () -> accounts.count(new AccountCriteria(null, null, null, Boolean.TRUE)));
    }
}

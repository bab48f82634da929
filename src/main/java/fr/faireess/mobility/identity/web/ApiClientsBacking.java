package fr.faireess.mobility.identity.web;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.ApiClient;
import fr.faireess.mobility.identity.ApiClientService;
import fr.faireess.mobility.identity.ApiScope;
import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.reference.Campus;
import fr.faireess.mobility.reference.ReferenceData;

/**
 * Backs {@code /admin/api/clients.xhtml}: issue an API client (its token shown once, on this view
 * only), see each client's last use, revoke one.
 */
@Named
@ViewScoped
public class ApiClientsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "issue";

    @Inject private ApiClientService clients;
    @Inject private CurrentUser currentUser;
    @Inject private ReferenceData reference;
    @Inject private java.time.Clock clock;

    private String name;
    private Long accountId;
    private String campusCode;
    private List<String> scopes = new ArrayList<>();
    private LocalDate expiresOn;
    private String issuedToken;

    @PostConstruct
    void init() {
        expiresOn = LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris"))).plusYears(1);
    }

    public void issue() {
        try {
            Set<ApiScope> chosen = new LinkedHashSet<>();
            scopes.forEach(code -> chosen.add(ApiScope.parse(code)));
            ApiClientService.Issued issued = clients.issue(new ApiClientService.IssueForm(name, accountId, campusCode,
                    chosen, expiresOn), currentUser.actor());
            issuedToken = issued.token();
            Messages.info("api.clients.issued", issued.client().getName());
            name = null;
            scopes = new ArrayList<>();
        } catch (BusinessException e) {
            Messages.show(e, FORM);
        }
    }

    public void revoke(long id) {
        try {
            ApiClient revoked = clients.revoke(id, currentUser.actor());
            Messages.info("api.clients.revokedDone", revoked.getName());
        } catch (BusinessException e) {
            Messages.show(e, FORM);
        }
    }

    public List<ApiClient> getClients() {
        return clients.all(currentUser.get());
    }

    public List<Account> getAccountChoices() {
        return clients.actingAccountChoices(currentUser.get());
    }

    public List<Campus> getCampusChoices() {
        return reference.campuses();
    }

    public List<String> getScopeChoices() {
        return ApiScope.OFFERED.stream().sorted((a, b) -> a.feature() == b.feature()
                ? a.access().compareTo(b.access()) : a.feature().compareTo(b.feature())).map(ApiScope::code).toList();
    }

    /** The message key of a scope's label ({@code api.scope.hosts.write}). */
    public String scopeLabelKey(String code) {
        return "api.scope." + code.replace(':', '.');
    }

    public boolean isExpired(ApiClient client) {
        return client.isExpired(Instant.now(clock));
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Long getAccountId() { return accountId; }
    public void setAccountId(Long accountId) { this.accountId = accountId; }
    public String getCampusCode() { return campusCode; }
    public void setCampusCode(String campusCode) { this.campusCode = campusCode; }
    public List<String> getScopes() { return scopes; }
    public void setScopes(List<String> scopes) { this.scopes = scopes == null ? new ArrayList<>() : scopes; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public void setExpiresOn(LocalDate expiresOn) { this.expiresOn = expiresOn; }
    public String getIssuedToken() { return issuedToken; }
}

package fr.faireess.mobility.identity.sso.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.identity.sso.SsoLogin;

/** The login page's single sign-on button and the refusal page's reason. */
@Named
@RequestScoped
public class SsoBacking {

    @Inject
    private SsoLogin sso;

    private String reason;

    /** The button shows only when an issuer is configured. */
    public boolean isEnabled() {
        return sso.enabled();
    }

    /** The refusal's message key: one of the known reasons, else the general one. */
    public String getMessageKey() {
        if (reason == null) {
            return "sso.refused.failed";
        }
        return switch (reason) {
            case "unknown" -> "sso.refused.unknown";
            case "disabled" -> "sso.refused.disabled";
            case "unverified" -> "sso.refused.unverified";
            default -> "sso.refused.failed";
        };
    }

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}

package fr.faireess.mobility.placement.web;

import java.io.Serializable;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.placement.AgreementService;
import fr.faireess.mobility.placement.CertificateForm;
import fr.faireess.mobility.placement.LearningAgreement;
import fr.faireess.mobility.placement.LinkPurpose;
import fr.faireess.mobility.placement.PlacementLink;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.platform.web.PageAction;

/**
 * Backs the two public pages a host mentor reaches from a personal link, without an account:
 * {@code /agreement/sign.xhtml?token=…} (sign the agreement version) and
 * {@code /agreement/certificate.xhtml?token=…} (fill in Table D). A forged, used or expired token
 * shows the same refusal; the token is checked again when the form is sent. The pages speak the
 * mentor's language ({@link MentorLanguageFilter}).
 */
@Named
@ViewScoped
public class AgreementSignBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private AgreementService agreements;

    private String token;
    private String signerName;
    private CertificateForm certificate = new CertificateForm();
    private transient Optional<PlacementLink> link;
    /** The version as the mentor's signature left it: the page shows it signed, and only then. */
    private transient LearningAgreement signed;
    private boolean done;

    public void loadSign() {
        load(LinkPurpose.SIGN_AGREEMENT);
    }

    public void loadCertificate() {
        load(LinkPurpose.CERTIFICATE);
    }

    private void load(LinkPurpose purpose) {
        if (link == null && !done) {
            link = agreements.openLink(token, purpose);
            link.ifPresent(l -> {
                if (signerName == null) {
                    signerName = l.getPlacement().getMentor().getFullName();
                    certificate.setSignerName(signerName);
                    certificate.setActualStart(l.getPlacement().getPlannedStart());
                    certificate.setActualEnd(l.getPlacement().getPlannedEnd());
                }
            });
        }
    }

    public void sign() {
        PageAction.attempt("sign", () -> {
            signed = agreements.signWithLink(token, signerName);
            done = true;
            Messages.info("agreement.sign.done");
        });
    }

    public void certify() {
        PageAction.attempt("certificate", () -> {
            agreements.certifyWithLink(token, certificate);
            done = true;
            Messages.info("placement.certificate.done");
        });
    }

    public PlacementLink getLink() {
        return link == null ? null : link.orElse(null);
    }

    /** The version to read: the one the link is for, or the one just signed; null without a link. */
    public LearningAgreement getAgreement() {
        if (signed != null) {
            return signed;
        }
        PlacementLink current = getLink();
        return current == null ? null : current.getAgreement();
    }

    public boolean isValid() {
        return !done && getLink() != null;
    }

    public boolean isDone() { return done; }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getSignerName() { return signerName; }
    public void setSignerName(String signerName) { this.signerName = signerName; }
    public CertificateForm getCertificate() { return certificate; }
}

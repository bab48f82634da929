package fr.faireess.mobility.placement;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import fr.faireess.mobility.host.HostLanguage;
import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.audit.AuditLog.Actor;
import fr.faireess.mobility.platform.security.SecretToken;

/**
 * What a mentor's personal link gives besides its one action (signing, certifying, in
 * {@link AgreementService}): the language its pages speak, and the Learning Agreement's PDF to read
 * before signing. The PDF is served on the same terms as the signing page: a signing link that is
 * known, unused and not expired; anything else is nothing, like a forged token.
 */
@ApplicationScoped
public class MentorLinks {

    @PersistenceContext
    private EntityManager em;

    @Inject private AgreementService agreements;
    @Inject private AuditLog audit;
    @Inject private Clock clock;

    /**
     * The language of the mentor a link was sent to, for any link that exists, used or expired too: the
     * refusal or the thanks after signing is then in their language. Empty for a forged token.
     */
    public Optional<HostLanguage> language(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select l from PlacementLink l where l.tokenHash = :hash", PlacementLink.class)
                .setParameter("hash", SecretToken.hash(token)).getResultStream().findFirst()
                .map(l -> l.getPlacement().getMentor().getLanguage());
    }

    /**
     * The PDF of the version a usable signing link is for — the EU template, French with the host's
     * language under it, the same document as the school's ({@link AgreementLanguages}) — the read
     * audited under the mentor's address.
     */
    @Transactional
    public Optional<PlacementFile> agreementPdf(String token) {
        return agreements.openLink(token, LinkPurpose.SIGN_AGREEMENT).map(link -> {
            LearningAgreement agreement = link.getAgreement();
            Placement placement = link.getPlacement();
            PlacementFile file = new PlacementFile("learning-agreement-" + placement.getId() + "-v" + agreement.getNumber()
                    + ".pdf", PlacementPdf.agreement(placement, agreement, agreements.previousOf(agreement),
                    Instant.now(clock)));
            audit.record(new Actor(null, link.getSentTo()), PlacementService.DOCUMENT_READ, PlacementService.AUDIT_SUBJECT,
                    placement.getId(), null, null, file.fileName());
            return file;
        });
    }
}

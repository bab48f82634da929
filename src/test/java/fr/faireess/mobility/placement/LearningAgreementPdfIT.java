package fr.faireess.mobility.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.AccountService;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.Deployments;

/**
 * The Learning Agreement PDF of the demo's completed placement in Spain (Emma Garcia at the CRAE
 * Montilivi, Girona: an amendment, then the mentor's certificate): every part of the EU template in
 * the template's order, each heading in English then in French, the working language in words, no
 * code and no "null".
 */
@ExtendWith(ArquillianExtension.class)
class LearningAgreementPdfIT {

    private static final String EMMA = "emma.garcia@etudiant.faire-ess.fr";

    /** The EU template's parts, in its order (written here, not read from the code under test). */
    private static final List<String> TEMPLATE_ORDER = List.of(
            "la.title", "la.trainee", "la.sending", "la.receiving",
            "la.before", "la.tableA", "la.tableB", "la.tableC", "la.commitment",
            "la.during", "la.tableA2",
            "la.after", "la.tableD");

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Inject private PlacementService placements;
    @Inject private AgreementService agreements;
    @Inject private AccountService accounts;

    private Account coordinator() {
        return accounts.findByEmail(DemoAccounts.COORDINATOR_PERPIGNAN).orElseThrow();
    }

    private Placement emmasPlacementInSpain() {
        Account emma = accounts.findByEmail(EMMA).orElseThrow();
        return placements.ofStudent(emma).stream()
                .filter(p -> p.getHost().getCountry().getCode().equals("ES") && p.hasCertificate())
                .findFirst().orElseThrow();
    }

    @Test
    void theAmendedCertifiedAgreementShowsEveryTemplatePartInOrderInEnglishThenFrench() throws Exception {
        Placement placement = emmasPlacementInSpain();
        LearningAgreement latest = agreements.versions(placement).get(0);
        assertTrue(latest.isAmendment(), "the demo amended Emma's agreement");

        String text = PlacementsIT.pdfText(agreements.agreementPdf(latest.getId(), coordinator()).orElseThrow().content());

        int at = 0;
        for (String key : TEMPLATE_ORDER) {
            String english = Messages.text(Locale.ENGLISH, key);
            String french = Messages.text(Locale.FRENCH, key);
            int en = text.indexOf(english, at);
            assertTrue(en >= at, "'" + english + "' after position " + at + " in:\n" + text);
            int fr = text.indexOf(french, en + english.length());
            assertTrue(fr > en, "'" + french + "' after '" + english + "' in:\n" + text);
            at = fr + french.length();
        }
    }

    @Test
    void codesPrintAsWordsAndNothingPrintsNull() throws Exception {
        Placement placement = emmasPlacementInSpain();
        LearningAgreement latest = agreements.versions(placement).get(0);
        String level = latest.getLanguageLevel();

        String text = PlacementsIT.pdfText(agreements.agreementPdf(latest.getId(), coordinator()).orElseThrow().content());

        assertEquals("es", placement.getWorkingLanguage());
        assertTrue(text.contains("Spanish " + level + " / Espagnol " + level), text);
        assertFalse(Pattern.compile("\\bes " + level + "\\b").matcher(text).find(), text);
        assertTrue(text.contains("Spain / Espagne"), text);
        assertTrue(text.contains("Female / Femme"), text);
        assertTrue(text.contains("0923 — Social work and counselling / Travail social et orientation"), text);
        assertTrue(text.contains("Bachelor or equivalent first cycle (EQF level 6)"), text);
        assertTrue(text.contains(placement.getMentor().getFullName()), text);
        assertTrue(text.contains(latest.getChangeReason().substring(0, 20)), text);
        assertFalse(text.contains("null"), text);
        assertFalse(Pattern.compile("\\b(EMBEDDED|VOLUNTARY|RECENT_GRADUATE|SMALL|LARGE|FEMALE|MALE|CHILD_PROTECTION)\\b")
                .matcher(text).find(), text);
    }
}

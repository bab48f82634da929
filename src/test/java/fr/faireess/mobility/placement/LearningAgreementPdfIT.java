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
import org.junit.jupiter.api.parallel.ResourceLock;

import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.AccountService;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.Deployments;
import fr.faireess.mobility.support.TestLanes;

/**
 * The Learning Agreement PDF of the demo's completed placement in Spain (Emma Garcia at the CRAE
 * Montilivi, Girona: an amendment, then the mentor's certificate; her mentor Pere Casals writes
 * Catalan): every part of the EU template in the template's order, each heading in French then in
 * the mentor's language, the working language in words, no code and no "null". Théo Mercier's
 * mentor in Barcelona writes Spanish: Spanish under the French; a German mentor gets German.
 */
@ExtendWith(ArquillianExtension.class)
@ResourceLock(TestLanes.SHARED_DEPLOYMENT)
class LearningAgreementPdfIT {

    private static final String EMMA = "emma.garcia@etudiant.faire-ess.fr";
    private static final String THEO = "theo.mercier@etudiant.faire-ess.fr";
    private static final String MAELYS = "maelys.vila@etudiant.faire-ess.fr";
    private static final Locale CATALAN = Locale.forLanguageTag("ca");
    private static final Locale SPANISH = Locale.forLanguageTag("es");

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
    void theAmendedCertifiedAgreementShowsEveryTemplatePartInOrderInFrenchThenInTheMentorsCatalan() throws Exception {
        Placement placement = emmasPlacementInSpain();
        assertEquals("ca", placement.getMentor().getLanguage().code());
        LearningAgreement latest = agreements.versions(placement).get(0);
        assertTrue(latest.isAmendment(), "the demo amended Emma's agreement");

        String text = PlacementsIT.pdfText(agreements.agreementPdf(latest.getId(), coordinator()).orElseThrow().content());

        assertInOrder(text, CATALAN);
        assertFalse(text.contains(Messages.text(Locale.ENGLISH, "la.tableA")), "no English left: " + text);
    }

    /** Every template part in order, each in French then in {@code second}. */
    private static void assertInOrder(String pdfText, Locale second) {
        assertInOrder(pdfText, second, TEMPLATE_ORDER);
    }

    private static void assertInOrder(String pdfText, Locale second, List<String> parts) {
        String text = pdfText.replaceAll("\\s+", " ");   // a long heading wraps in the PDF
        int at = 0;
        for (String key : parts) {
            String french = Messages.text(Locale.FRENCH, key);
            String other = Messages.text(second, key);
            assertFalse(french.equals(other), key + " is translated into " + second);
            int fr = text.indexOf(french, at);
            assertTrue(fr >= at, "'" + french + "' after position " + at + " in:\n" + text);
            int ot = text.indexOf(other, fr + french.length());
            assertTrue(ot > fr, "'" + other + "' after '" + french + "' in:\n" + text);
            at = ot + other.length();
        }
    }

    @Test
    void aSpanishMentorsAgreementHasSpanishUnderTheFrenchAndTheMentorReadsTheSameDocument() throws Exception {
        Account theo = accounts.findByEmail(THEO).orElseThrow();
        Placement placement = placements.ofStudent(theo).stream().filter(p -> p.getHost().getCountry().getCode().equals("ES"))
                .findFirst().orElseThrow();
        assertEquals("es", placement.getMentor().getLanguage().code());
        LearningAgreement current = agreements.versions(placement).get(0);

        String text = PlacementsIT.pdfText(agreements.agreementPdf(current.getId(), coordinator()).orElseThrow().content());

        // Théo's stay is not certified yet: every part but "After the mobility" (Table D).
        assertInOrder(text, SPANISH, TEMPLATE_ORDER.subList(0, TEMPLATE_ORDER.indexOf("la.after")));
        String flat = text.replaceAll("\\s+", " ");
        assertTrue(flat.contains("Tabla A — Programa de prácticas en la organización de acogida"), flat);
        assertTrue(flat.contains("Institución de envío") && flat.contains("Organización de acogida"), flat);
        assertTrue(flat.contains("Espagne / España"), flat);
        assertFalse(flat.contains("Learning Agreement for Traineeships Contrat"), "English is not the second language: " + flat);
    }

    @Test
    void aGermanMentorGetsGerman() throws Exception {
        Account maelys = accounts.findByEmail(MAELYS).orElseThrow();
        Placement placement = placements.ofStudent(maelys).get(0);
        assertEquals("de", placement.getMentor().getLanguage().code());
        LearningAgreement current = agreements.versions(placement).get(0);
        String flat = PlacementsIT.pdfText(agreements.agreementPdf(current.getId(), coordinator()).orElseThrow().content())
                .replaceAll("\\s+", " ");
        assertTrue(flat.contains("Aufnehmende Einrichtung") && flat.contains("Entsendende Einrichtung"), flat);
    }

    @Test
    void codesPrintAsWordsAndNothingPrintsNull() throws Exception {
        Placement placement = emmasPlacementInSpain();
        LearningAgreement latest = agreements.versions(placement).get(0);
        String level = latest.getLanguageLevel();

        String text = PlacementsIT.pdfText(agreements.agreementPdf(latest.getId(), coordinator()).orElseThrow().content());

        assertEquals("es", placement.getWorkingLanguage());
        // French first, the mentor's Catalan second.
        assertTrue(text.contains("Espagnol " + level + " / Espanyol " + level), text);
        assertFalse(Pattern.compile("\\bes " + level + "\\b").matcher(text).find(), text);
        assertTrue(text.contains("Espagne / Espanya"), text);
        assertTrue(text.contains("Femme / Dona"), text);
        assertTrue(text.contains("0923 — Travail social et orientation / Treball social i orientació"), text);
        assertTrue(text.contains("Licence ou équivalent, premier cycle (niveau 6 du CEC)"), text);
        assertTrue(text.contains(placement.getMentor().getFullName()), text);
        assertTrue(text.contains(latest.getChangeReason().substring(0, 20)), text);
        assertFalse(text.contains("null"), text);
        assertFalse(Pattern.compile("\\b(EMBEDDED|VOLUNTARY|RECENT_GRADUATE|SMALL|LARGE|FEMALE|MALE|CHILD_PROTECTION)\\b")
                .matcher(text).find(), text);
    }
}

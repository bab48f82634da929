package fr.faireess.mobility.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import fr.faireess.mobility.platform.i18n.Messages;

class PlacementAuditTextTest {

    private static final BiFunction<String, Object[], String> FRENCH = (key, args) -> Messages.text(Locale.FRENCH, key, args);
    private static final Function<LocalDate, String> DAY = d -> d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear();

    private static String detail(String action, String stored) {
        return PlacementAuditText.detail(action, stored, FRENCH, DAY);
    }

    @Test
    void aSignatureNamesTheVersionThePartyAndTheSigner() {
        assertThat(detail("AGREEMENT_SIGNED", "v2 MENTOR_LINK Inês Costa"))
                .isEqualTo("version 2 — structure d'accueil, par lien personnel : Inês Costa");
        assertThat(detail("AGREEMENT_SIGNED", "v1 STUDENT Manon Fabre")).isEqualTo("version 1 — stagiaire : Manon Fabre");
        assertThat(detail("AGREEMENT_SIGNED", "v1 COORDINATOR Nadia Benali")).isEqualTo("version 1 — école d'envoi : Nadia Benali");
        assertThat(detail("AGREEMENT_SIGNED", "v3 MENTOR_SCAN Pere Casals"))
                .isEqualTo("version 3 — structure d'accueil, copie signée déposée par l'école : Pere Casals");
    }

    @Test
    void versionsChecklistItemsAndDatesAreReadable() {
        assertThat(detail("AGREEMENT_AMENDED", "v2")).isEqualTo("version 2");
        assertThat(detail("CHECKLIST_DONE", "LANGUAGE")).isEqualTo("Évaluation de langue faite");
        assertThat(detail("CERTIFICATE_BY_MENTOR", "Inês Costa : 2027-01-04 → 2027-04-30"))
                .isEqualTo("Inês Costa : 4/1/2027 → 30/4/2027");
    }

    @Test
    void anythingElseIsShownAsStored() {
        assertThat(detail("PLACEMENT_CREATED", "Casal d'Infants del Raval")).isEqualTo("Casal d'Infants del Raval");
        assertThat(detail("CHECKLIST_DONE", "SOMETHING_ELSE")).isEqualTo("SOMETHING_ELSE");
        assertThat(detail("AGREEMENT_SIGNED", "v1 SOMEONE Name")).isEqualTo("v1 SOMEONE Name");
        assertThat(detail("PLACEMENT_INTERRUPTED", "Raison (2027-02-30)")).isEqualTo("Raison (2027-02-30)");
        assertThat(detail("PLACEMENT_CREATED", null)).isEmpty();
    }
}

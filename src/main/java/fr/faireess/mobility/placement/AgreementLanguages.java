package fr.faireess.mobility.placement;

import java.util.Locale;
import java.util.Set;

import fr.faireess.mobility.host.HostContact;
import fr.faireess.mobility.host.HostLanguage;

/**
 * The two languages of the Learning Agreement PDF — one document that the trainee, the school and
 * the host sign, so every copy is the same: French first (the sending institution's language, in
 * bold), the host's language under it (in grey) — the language of the placement's mentor, the host
 * contact who signs. The host's language falls back to English (the common language of Erasmus+
 * partners, the EU template's own) when the mentor's language is French (no point printing French
 * twice), unknown, or one the template's texts are not translated into ({@link #TRANSLATED}: the
 * {@code eudocuments_xx} bundles, the languages of the mentor pages less French and English).
 */
public final class AgreementLanguages {

    /** The host languages the template's texts ({@code la.*} in {@code eudocuments_xx.properties}) exist in. */
    public static final Set<HostLanguage> TRANSLATED = Set.of(HostLanguage.ES, HostLanguage.CA, HostLanguage.IT,
            HostLanguage.DE, HostLanguage.PT, HostLanguage.NL);

    /** The school's language, printed first. */
    public static final Locale FIRST = Locale.FRENCH;

    private AgreementLanguages() {
    }

    /** The language printed under the French for a mentor whose language is {@code mentorLanguage} (null: unknown). */
    public static Locale second(HostLanguage mentorLanguage) {
        return mentorLanguage != null && TRANSLATED.contains(mentorLanguage) ? mentorLanguage.locale() : Locale.ENGLISH;
    }

    /** The same for a placement's mentor (none yet: English). */
    public static Locale second(HostContact mentor) {
        return second(mentor == null ? null : mentor.getLanguage());
    }
}

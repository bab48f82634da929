package fr.faireess.mobility.testimony;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestimonyCheckTest {

    static TestimonyForm complete() {
        TestimonyForm form = new TestimonyForm();
        form.setType(TestimonyType.FILM);
        form.setTitle("Trois mois à Gérone");
        form.setSummary("Un film sur le quotidien d'un centre éducatif.");
        form.setLanguage("fr");
        form.setLink("https://youtu.be/dQw4w9WgXcQ");
        return form;
    }

    private static String draft(TestimonyForm form) {
        return TestimonyCheck.draftProblem(form).map(e -> e.field().orElse("") + ":" + e.messageKey()).orElse("ok");
    }

    private static String submit(TestimonyForm form, boolean hasFile) {
        return TestimonyCheck.submitProblem(form, hasFile).map(e -> e.field().orElse("") + ":" + e.messageKey()).orElse("ok");
    }

    @Test
    void aCompleteFormPasses() {
        assertThat(draft(complete())).isEqualTo("ok");
        assertThat(submit(complete(), false)).isEqualTo("ok");
    }

    @Test
    void markupIsKeptAsTextNotRefused() {
        TestimonyForm form = complete();
        form.setTitle("<script>alert('x')</script>");
        form.setSummary("<b>gras</b> <img src=x onerror=alert(1)>");
        assertThat(submit(form, false)).isEqualTo("ok");
    }

    @ParameterizedTest(name = "{0} = {1} → {2}")
    @CsvSource(nullValues = "-", value = {
            "type,     -,                    type:testimony.type.required",
            "title,    -,                    title:testimony.title.required",
            "title,    '   ',                title:testimony.title.required",
            "language, xx,                   language:testimony.language.unknown",
            "link,     javascript:alert(1),  link:testimony.link.invalid",
            "link,     ftp://a.org/f,        link:testimony.link.invalid"})
    void aDraftNeedsATypeATitleAndASafeLink(String field, String value, String expected) {
        TestimonyForm form = complete();
        switch (field) {
            case "type" -> form.setType(null);
            case "title" -> form.setTitle(value);
            case "language" -> form.setLanguage(value);
            default -> form.setLink(value);
        }
        assertThat(draft(form)).isEqualTo(expected);
        assertThat(submit(form, true)).isEqualTo(expected);
    }

    @Test
    void tooLongTextsAreRefusedNextToTheirField() {
        TestimonyForm title = complete();
        title.setTitle("t".repeat(Testimony.TITLE_MAX + 1));
        TestimonyForm summary = complete();
        summary.setSummary("s".repeat(Testimony.SUMMARY_MAX + 1));
        TestimonyForm body = complete();
        body.setBody("b".repeat(Testimony.BODY_MAX + 1));
        assertThat(draft(title)).isEqualTo("title:testimony.title.tooLong");
        assertThat(draft(summary)).isEqualTo("summary:testimony.summary.tooLong");
        assertThat(draft(body)).isEqualTo("body:testimony.body.tooLong");
    }

    @Test
    void submittingAlsoNeedsASummaryALanguageAndALinkOrAFile() {
        TestimonyForm noSummary = complete();
        noSummary.setSummary(" ");
        TestimonyForm noLanguage = complete();
        noLanguage.setLanguage(null);
        TestimonyForm nothingToSee = complete();
        nothingToSee.setLink(null);
        assertThat(draft(noSummary)).isEqualTo("ok");
        assertThat(submit(noSummary, false)).isEqualTo("summary:testimony.summary.required");
        assertThat(submit(noLanguage, false)).isEqualTo("language:testimony.language.required");
        assertThat(submit(nothingToSee, false)).isEqualTo("link:testimony.link.orFileRequired");
        assertThat(submit(nothingToSee, true)).isEqualTo("ok");
    }

    @Test
    void coAuthorsAreTypedAsAddressesSeparatedByCommasSemicolonsOrSpaces() {
        assertThat(TestimonyCheck.coAuthorEmails(" Emma.Garcia@etudiant.faire-ess.fr ;theo.mercier@etudiant.faire-ess.fr,,"
                + " emma.garcia@etudiant.faire-ess.fr\nx@y.org"))
                .containsExactly("emma.garcia@etudiant.faire-ess.fr", "theo.mercier@etudiant.faire-ess.fr", "x@y.org");
        assertThat(TestimonyCheck.coAuthorEmails("  ")).isEmpty();
        assertThat(TestimonyCheck.coAuthorEmails(null)).isEmpty();
    }
}

package fr.faireess.mobility.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.Fixture;
import fr.faireess.mobility.support.PasswordLinks;
import fr.faireess.mobility.support.RunningApp;
import fr.faireess.mobility.support.TestMailServer;
import fr.faireess.mobility.support.WebClient;
import fr.faireess.mobility.support.WebClient.Page;
import fr.faireess.mobility.support.TestLanes;

/**
 * Accounts that open themselves, over HTTP with the real mails (GreenMail): the welcome e-mail of an
 * account an admin creates (no password typed by the admin), "forgot your password?" with the same
 * answer for any address, a link that works once, and the admin sending the link again.
 */
@ResourceLock(TestLanes.RUNNING_APP)
class PasswordResetHttpIT {

    private static final RunningApp APP = RunningApp.get();
    private static final String NEW_PASSWORD = "mon-mot-de-passe-a-moi";

    private static WebClient admin() {
        WebClient admin = new WebClient(APP);
        assertThat(admin.login(DemoAccounts.ADMIN, DemoAccounts.PASSWORD).isRedirect()).isTrue();
        return admin;
    }

    /** A trainer account opened by the admin through the page, as a person would: no password field. */
    private static String openAccount(WebClient admin) {
        String email = "zoe." + Fixture.unique() + "@irts-perpignan.fr";
        Page form = admin.get("/admin/accounts/edit.xhtml");
        assertThat(form.document().select("input[type=password]")).as("no password field for the admin").isEmpty();
        Map<String, String> account = new LinkedHashMap<>();
        account.put("email", email);
        account.put("firstName", "Zoé");
        account.put("lastName", "Lefèvre");
        account.put("roles", "TRAINER");
        account.put("campus_input", "PERPIGNAN");
        assertThat(admin.submit(form, "account", account, "save").isRedirect()).as("account created").isTrue();
        return email;
    }

    private static Page forgot(WebClient web, String email) {
        Page page = web.get("/password/forgot.xhtml");
        assertThat(page.status()).isEqualTo(200);
        return web.submit(page, "forgot", Map.of("email", email), "submit");
    }

    @Test
    void theWelcomeMailLetsTheNewPersonChooseTheirPasswordOnce() {
        String email = openAccount(admin());
        TestMailServer.Received welcome = TestMailServer.get().waitFor(email, m -> m.subject().startsWith("Bienvenue"));
        assertThat(welcome.subject()).isEqualTo("Bienvenue sur Mobilité FAIRE-ESS : choisissez votre mot de passe");
        assertThat(welcome.body()).startsWith("Bonjour Zoé,").contains(email).contains("valable 7 jours");
        String link = PasswordLinks.in(welcome);
        assertThat(new WebClient(APP).login(email, NEW_PASSWORD).isRedirect()).as("no password before the link").isFalse();

        WebClient person = new WebClient(APP);
        Page form = person.get(link);
        assertThat(form.title()).isEqualTo("Choisir mon mot de passe");
        assertThat(form.document().getElementById("reset").text()).contains(email);
        Page mismatch = person.submit(form, "reset", Map.of("newPassword", NEW_PASSWORD, "confirmPassword", "autre-chose-encore"),
                "submit");
        assertThat(mismatch.messageFor("reset:confirmPassword")).isEqualTo("Les deux saisies du nouveau mot de passe sont différentes.");
        Page tooShort = person.submit(mismatch, "reset", Map.of("newPassword", "court", "confirmPassword", "court"), "submit");
        assertThat(tooShort.messageFor("reset:newPassword")).isEqualTo("Le mot de passe doit contenir au moins 10 caractères.");
        Page done = person.submit(tooShort, "reset", Map.of("newPassword", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD), "submit");
        assertThat(done.document().getElementById("done").text()).startsWith("Votre mot de passe est enregistré.");
        assertThat(done.document().getElementById("reset")).isNull();

        assertThat(new WebClient(APP).login(email, NEW_PASSWORD).isRedirect()).isTrue();
        Page again = new WebClient(APP).get(link);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.document().getElementById("invalid").text())
                .startsWith("Ce lien a déjà servi, ou un lien plus récent a été utilisé : il ne fonctionne plus.");
        assertThat(again.document().getElementById("reset")).isNull();
    }

    @Test
    void forgotYourPasswordAnswersTheSameForAnyAddressAndItsLinkWorksOnce() {
        String email = openAccount(admin());
        PasswordLinks.choose(APP, email, NEW_PASSWORD);

        Page login = new WebClient(APP).get("/login.xhtml");
        assertThat(login.document().getElementById("forgot").attr("href")).contains("/password/forgot.xhtml");

        Page unknown = forgot(new WebClient(APP), "personne." + Fixture.unique() + "@example.org");
        Page known = forgot(new WebClient(APP), email.toUpperCase());
        Element unknownAnswer = unknown.document().getElementById("sent");
        assertThat(unknownAnswer).isNotNull();
        assertThat(unknownAnswer.text()).startsWith("Si un compte actif correspond à cette adresse, un courriel vient de lui être envoyé");
        assertThat(known.document().selectFirst("main").text()).isEqualTo(unknown.document().selectFirst("main").text());
        assertThat(known.status()).isEqualTo(unknown.status());

        TestMailServer.Received mail = TestMailServer.get().waitFor(email, m -> m.subject().startsWith("Votre nouveau mot de passe"));
        assertThat(mail.body()).startsWith("Bonjour Zoé,").contains("valable 60 minutes");
        String link = PasswordLinks.in(mail);
        WebClient person = new WebClient(APP);
        String chosen = "encore-un-autre-mot-de-passe";
        Page done = person.submit(person.get(link), "reset", Map.of("newPassword", chosen, "confirmPassword", chosen), "submit");
        assertThat(done.document().getElementById("done")).isNotNull();
        assertThat(new WebClient(APP).login(email, NEW_PASSWORD).isRedirect()).as("the old password").isFalse();
        assertThat(new WebClient(APP).login(email, chosen).isRedirect()).isTrue();
        assertThat(new WebClient(APP).get(link).document().getElementById("invalid").text()).startsWith("Ce lien a déjà servi");
    }

    @Test
    void aForgedLinkGetsAClearPageAndAWayToAskAgain() {
        for (String token : new String[] {"forged", "", "A".repeat(43)}) {
            Page page = new WebClient(APP).get("/password/reset.xhtml?token=" + token);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.document().getElementById("invalid").text()).startsWith("Ce lien n'est pas valable");
            assertThat(page.document().getElementById("askAgain").attr("href")).contains("/password/forgot.xhtml");
            assertThat(page.document().getElementById("reset")).isNull();
        }
    }

    @Test
    void theAdminSendsTheLinkAgainWithoutTouchingThePassword() {
        WebClient admin = admin();
        String email = openAccount(admin);
        PasswordLinks.choose(APP, email, NEW_PASSWORD);
        Page list = admin.get("/admin/accounts/list.xhtml?q=" + email);
        Page edit = admin.get(list.document().selectFirst("tr:has(td:contains(" + email + ")) a").attr("href"));
        assertThat(edit.document().getElementById("linkHint").text()).contains("Aucun mot de passe n'est saisi ici");
        // A full-page post sends the whole form, as the browser does.
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("email", email);
        fields.put("firstName", "Zoé");
        fields.put("lastName", "Lefèvre");
        fields.put("roles", "TRAINER");
        fields.put("campus_input", "PERPIGNAN");
        Page sent = admin.submit(edit, "account", fields, "resetPassword");
        assertThat(sent.body()).contains("Un courriel avec un lien pour choisir le mot de passe a été envoyé à " + email);
        TestMailServer.Received mail = TestMailServer.get().waitFor(email, m -> m.subject().startsWith("Choisissez un nouveau"));
        assertThat(mail.body()).contains("Votre mot de passe actuel reste valable");
        assertThat(new WebClient(APP).login(email, NEW_PASSWORD).isRedirect()).as("sending a link changes nothing yet").isTrue();
    }
}

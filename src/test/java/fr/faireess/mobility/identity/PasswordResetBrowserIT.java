package fr.faireess.mobility.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;

import fr.faireess.mobility.support.Browser;
import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.Fixture;
import fr.faireess.mobility.support.PasswordLinks;
import fr.faireess.mobility.support.RunningApp;
import fr.faireess.mobility.support.TestMailServer;
import fr.faireess.mobility.support.WebClient;
import fr.faireess.mobility.support.TestLanes;

/** "Mot de passe oublié ?" in a real browser: from the login page to the mail's link and back in. */
@ResourceLock(TestLanes.RUNNING_APP)
class PasswordResetBrowserIT {

    private static final RunningApp APP = RunningApp.get();

    @RegisterExtension
    static final Browser BROWSER = new Browser(APP);

    @AfterAll
    static void closeBrowser() {
        BROWSER.close();
    }

    @Test
    void aPersonWhoForgotTheirPasswordChoosesANewOneAndLogsIn() {
        String email = "oubli." + Fixture.unique() + "@etudiant.faire-ess.fr";
        WebClient admin = new WebClient(APP);
        assertThat(admin.login(DemoAccounts.ADMIN, DemoAccounts.PASSWORD).isRedirect()).isTrue();
        Map<String, String> account = new LinkedHashMap<>();
        account.put("email", email);
        account.put("firstName", "Jade");
        account.put("lastName", "Oubli");
        account.put("roles", "STUDENT");
        account.put("campus_input", "MONTPELLIER");
        account.put("programme_input", "ASS");
        account.put("studyYear_input", "1");
        assertThat(admin.submit(admin.get("/admin/accounts/edit.xhtml"), "account", account, "save").isRedirect()).isTrue();

        BROWSER.open("/login.xhtml");
        BROWSER.click("Mot de passe oublié ?");
        assertThat(BROWSER.heading()).isEqualTo("Mot de passe oublié");
        BROWSER.type("Adresse e-mail", email);
        BROWSER.click("Recevoir un lien");
        assertThat(BROWSER.bodyText()).contains("Si un compte actif correspond à cette adresse, un courriel vient de lui être envoyé");

        String link = PasswordLinks.in(TestMailServer.get().waitFor(email, m -> m.subject().startsWith("Votre nouveau mot de passe")));
        BROWSER.open(link);
        assertThat(BROWSER.heading()).isEqualTo("Choisir mon mot de passe");
        BROWSER.type("Nouveau mot de passe", "jade-a-choisi-le-sien");
        BROWSER.type("Confirmez le nouveau mot de passe", "jade-a-choisi-un-autre");
        BROWSER.click("Enregistrer mon mot de passe");
        assertThat(BROWSER.messageNextTo("Confirmez le nouveau mot de passe"))
                .isEqualTo("Les deux saisies du nouveau mot de passe sont différentes.");
        BROWSER.type("Nouveau mot de passe", "jade-a-choisi-le-sien");
        BROWSER.type("Confirmez le nouveau mot de passe", "jade-a-choisi-le-sien");
        BROWSER.click("Enregistrer mon mot de passe");
        assertThat(BROWSER.bodyText()).contains("Votre mot de passe est enregistré. Vous pouvez maintenant vous connecter.");

        BROWSER.open("/login.xhtml");
        BROWSER.type("Adresse e-mail", email);
        BROWSER.type("Mot de passe", "jade-a-choisi-le-sien");
        BROWSER.click("Se connecter");
        assertThat(BROWSER.heading()).isEqualTo("Mon espace étudiant·e");

        BROWSER.open(link);
        assertThat(BROWSER.bodyText()).contains("Ce lien a déjà servi");
    }
}

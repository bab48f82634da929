package fr.faireess.mobility.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.RunningApp;
import fr.faireess.mobility.support.WebClient;
import fr.faireess.mobility.support.WebClient.Page;
import fr.faireess.mobility.support.TestLanes;

/**
 * Calendar feeds over HTTP: the address made on "Mon compte", read without logging in, per role
 * (the demo's placements: Manon Fabre in Perpignan, Théo Mercier in Montpellier), a wrong or
 * renewed address answering 404.
 */
@ResourceLock(TestLanes.RUNNING_APP)
class CalendarFeedHttpIT {

    private static final RunningApp APP = RunningApp.get();
    private static final Pattern SESSION = Pattern.compile("UID:session-\\d+@");

    /** Logs in as {@code email}, makes a new feed address on "Mon compte", returns its path. */
    private static String newFeed(String email) {
        WebClient web = new WebClient(APP);
        assertThat(web.login(email, DemoAccounts.PASSWORD).isRedirect()).isTrue();
        Page account = web.get("/account/index.xhtml");
        assertThat(account.document().getElementById("calendar")).as("the calendar part of Mon compte").isNotNull();
        Page made = web.submit(account, "calendar", Map.of(), "regenerate");
        String url = made.document().getElementById("calendarUrlValue").val();
        assertThat(url).matches(Pattern.quote(APP.baseUrl()) + "/calendar/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(made.document().getElementById("calendarState").text()).startsWith("Une adresse de calendrier est active depuis le");
        return URI.create(url).getPath();
    }

    private static String read(String path) {
        Page feed = new WebClient(APP).get(path);
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.header("Content-Type")).startsWith("text/calendar");
        assertThat(feed.header("Cache-Control")).isEqualTo("no-store");
        assertThat(feed.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(feed.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(feed.body()).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        return feed.body();
    }

    private static int sessions(String feed) {
        Matcher m = SESSION.matcher(feed);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    @Test
    void coordinatorsSeeTheirCampusesDeparturesAndReturnsOnly() {
        String julien = read(newFeed(DemoAccounts.COORDINATOR_MONTPELLIER));
        assertThat(julien).contains("SUMMARY:Départ en stage : Théo Mercier — ").contains("SUMMARY:Retour de stage : Théo Mercier — ")
                .doesNotContain("Manon Fabre").doesNotContain("UID:session-");
        String nadia = read(newFeed(DemoAccounts.COORDINATOR_PERPIGNAN));   // allowed to see both campuses
        assertThat(nadia).contains("SUMMARY:Départ en stage : Théo Mercier — ").contains("SUMMARY:Départ en stage : Manon Fabre — ");
    }

    @Test
    void trainersSeeTheirCampusSessionsAndStudentsTheirCohortsAndNothingElse() {
        String marta = read(newFeed(DemoAccounts.TRAINER_PERPIGNAN));
        assertThat(sessions(marta)).isPositive();
        assertThat(marta).contains("LOCATION:IRTS Perpignan").doesNotContain("LOCATION:IRTS Montpellier")
                .doesNotContain("Départ en stage");
        String olivier = read(newFeed(DemoAccounts.TRAINER_MONTPELLIER));
        assertThat(olivier).doesNotContain("LOCATION:IRTS Perpignan");

        String hugo = read(newFeed(DemoAccounts.STUDENT_ES_PERPIGNAN));
        assertThat(sessions(hugo)).isPositive().isLessThanOrEqualTo(sessions(marta));
        assertThat(hugo).doesNotContain("LOCATION:IRTS Montpellier").doesNotContain("Théo Mercier").doesNotContain("Manon Fabre");
        String manon = read(newFeed("manon.fabre@etudiant.faire-ess.fr"));
        assertThat(manon).contains("SUMMARY:Départ en stage : Manon Fabre — ").doesNotContain("Théo Mercier");
    }

    @Test
    void aWrongOrRenewedAddressIsA404() {
        String first = newFeed(DemoAccounts.STUDENT_ASS_MONTPELLIER);
        read(first);
        String second = newFeed(DemoAccounts.STUDENT_ASS_MONTPELLIER);
        assertThat(new WebClient(APP).get(first).status()).as("the old address").isEqualTo(404);
        read(second);
        for (String wrong : new String[] {"/calendar/", "/calendar/forged.ics", "/calendar/" + "A".repeat(43) + ".ics",
                second.replace(".ics", ""), second + "x"}) {
            assertThat(new WebClient(APP).get(wrong).status()).as(wrong).isEqualTo(404);
        }
        assertThat(new WebClient(APP).request("DELETE", second).status()).isEqualTo(405);
    }
}

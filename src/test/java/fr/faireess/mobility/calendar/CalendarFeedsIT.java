package fr.faireess.mobility.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

import fr.faireess.mobility.application.ApplicationReview;
import fr.faireess.mobility.application.MobilityApplication;
import fr.faireess.mobility.host.HostContact;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.AccountForm;
import fr.faireess.mobility.identity.AccountService;
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.module.Movement;
import fr.faireess.mobility.module.ModuleSession;
import fr.faireess.mobility.module.ModuleSessionService;
import fr.faireess.mobility.module.SessionForm;
import fr.faireess.mobility.module.SessionFormat;
import fr.faireess.mobility.placement.Placement;
import fr.faireess.mobility.placement.PlacementForm;
import fr.faireess.mobility.placement.PlacementCreation;
import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.Deployments;
import fr.faireess.mobility.support.Fixture;
import fr.faireess.mobility.support.TestLanes;

/**
 * Calendar feeds on the real server: what each role's feed holds (and not another campus's or
 * another student's events), and that a new address ends the old one.
 */
@ExtendWith(ArquillianExtension.class)
@ResourceLock(TestLanes.SHARED_DEPLOYMENT)
class CalendarFeedsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Inject private CalendarFeedService feeds;
    @Inject private AccountService accounts;
    @Inject private ApplicationReview review;
    @Inject private PlacementCreation placements;
    @Inject private ModuleSessionService sessions;
    @Inject private AuditLog audit;
    @Inject private Fixture fixture;

    private Account demo(String email) {
        return accounts.findByEmail(email).orElseThrow();
    }

    private String feedOf(Account account) {
        String url = feeds.regenerate(account);
        String token = url.substring(url.lastIndexOf('/') + 1, url.length() - CalendarFeedService.SUFFIX.length());
        return feeds.render(token).orElseThrow();
    }

    private Placement placement(Account student) {
        Account nadia = demo(DemoAccounts.COORDINATOR_PERPIGNAN);
        MobilityApplication submitted = fixture.submitted(fixture.openCall("Appel calendrier", 5), student);
        MobilityApplication selected = review.select(submitted.getId(), nadia, null, fixture.versionOf(submitted.getId()));
        HostContact mentor = fixture.mentor("Casal Calendari", "ES", "Girona");
        PlacementForm form = new PlacementForm();
        form.setApplicationId(selected.getId());
        form.setHostId(mentor.getHost().getId());
        form.setMentorId(mentor.getId());
        form.setReferentId(demo(DemoAccounts.TRAINER_PERPIGNAN).getId());
        form.setDepartment("Accueil");
        form.setPlannedStart(fixture.periodStart());
        form.setPlannedEnd(fixture.periodEnd());
        form.setHoursPerWeek(35);
        form.setWorkingLanguage("es");
        return placements.create(form, nadia);
    }

    private ModuleSession session(String trainerEmail, String campus, String cohort) {
        SessionForm form = new SessionForm();
        form.setDate(fixture.today());
        form.setTime(LocalTime.of(14, 0));
        form.setCampusCode(campus);
        form.setCohortCodes(new String[] {cohort});
        form.setTitle("Séance calendrier; décentration, " + UUID.randomUUID());
        form.setFormat(SessionFormat.WORKSHOP);
        form.setMovements(new Movement[] {Movement.DECENTRATION});
        return sessions.create(form, demo(trainerEmail));
    }

    private Account perpignanOnlyCoordinator() {
        AccountForm form = new AccountForm();
        form.setEmail("coord.cal." + Fixture.unique() + "@example.org");
        form.setFirstName("Pau");
        form.setLastName("Campus");
        form.setRoles(EnumSet.of(Role.COORDINATOR));
        form.setCampusCode("PERPIGNAN");
        return accounts.create(form, "mot-de-passe-solide", DemoAccounts.actor(accounts, DemoAccounts.ADMIN));
    }

    private static String uid(Placement p, String what) {
        return "UID:placement-" + p.getId() + "-" + what + "@";
    }

    /** JUnit's assertions only: the in-server archive has no AssertJ. */
    private static void has(String feed, String... parts) {
        for (String part : parts) {
            assertTrue(feed.contains(part), () -> "expected " + part + " in\n" + feed);
        }
    }

    private static void lacks(String feed, String... parts) {
        for (String part : parts) {
            assertFalse(feed.contains(part), () -> "did not expect " + part + " in\n" + feed);
        }
    }

    @Test
    void eachRoleSeesItsOwnEventsAndNothingOfAnotherCampusOrStudent() {
        Account perpignanStudent = fixture.student("PERPIGNAN", "ES", 2, "Calendrier");
        Account montpellierStudent = fixture.student("MONTPELLIER", "ES", 2, "Calendrier");
        Placement mine = placement(perpignanStudent);
        Placement theirs = placement(montpellierStudent);
        ModuleSession perpignanSession = session(DemoAccounts.TRAINER_PERPIGNAN, "PERPIGNAN", "ES-2");
        ModuleSession montpellierSession = session(DemoAccounts.TRAINER_MONTPELLIER, "MONTPELLIER", "ES-2");
        String perpignanUid = "UID:session-" + perpignanSession.getId() + "@";
        String montpellierUid = "UID:session-" + montpellierSession.getId() + "@";
        String start = fixture.periodStart().format(DateTimeFormatter.BASIC_ISO_DATE);

        String student = feedOf(perpignanStudent);
        assertTrue(student.startsWith("BEGIN:VCALENDAR\r\n") && student.endsWith("END:VCALENDAR\r\n"));
        has(student, uid(mine, "departure"), uid(mine, "return"), uid(mine, "signature"), perpignanUid,
                "DTSTART;VALUE=DATE:" + start, "SUMMARY:Départ en stage : Alex Calendrier — Casal Calendari");
        // a proposed placement: no certificate awaited yet
        lacks(student, uid(theirs, "departure"), montpellierUid, uid(mine, "certificate"));
        String other = feedOf(montpellierStudent);
        has(other, uid(theirs, "departure"), montpellierUid);
        lacks(other, uid(mine, "departure"), perpignanUid);

        String marta = feedOf(demo(DemoAccounts.TRAINER_PERPIGNAN));
        has(marta, perpignanUid);
        lacks(marta, montpellierUid, uid(mine, "departure"));
        String olivier = feedOf(demo(DemoAccounts.TRAINER_MONTPELLIER));
        has(olivier, montpellierUid);
        lacks(olivier, perpignanUid);

        String nadia = feedOf(demo(DemoAccounts.COORDINATOR_PERPIGNAN));   // sees both campuses
        has(nadia, uid(mine, "departure"), uid(theirs, "departure"), uid(theirs, "signature"));
        lacks(nadia, perpignanUid);
        String julien = feedOf(demo(DemoAccounts.COORDINATOR_MONTPELLIER));
        has(julien, uid(theirs, "departure"), uid(theirs, "return"));
        lacks(julien, uid(mine, "departure"));
        String pau = feedOf(perpignanOnlyCoordinator());
        has(pau, uid(mine, "departure"));
        lacks(pau, uid(theirs, "departure"));
        lacks(feedOf(demo(DemoAccounts.ADMIN)), "BEGIN:VEVENT");
    }

    @Test
    void aNewAddressEndsTheOldOneAndADisabledAccountsFeedIsGone() {
        Account student = fixture.student("PERPIGNAN", "ASS", 1, "Adresse");
        String first = feeds.regenerate(student);
        assertTrue(first.matches("http.*/calendar/[A-Za-z0-9_-]{43}\\.ics"), first);
        String firstToken = first.substring(first.lastIndexOf('/') + 1, first.length() - 4);
        assertTrue(feeds.render(firstToken).isPresent());
        assertTrue(feeds.activeSince(student).isPresent());

        String second = feeds.regenerate(student);
        String secondToken = second.substring(second.lastIndexOf('/') + 1, second.length() - 4);
        assertTrue(feeds.render(firstToken).isEmpty(), "the old address");
        assertTrue(feeds.render(secondToken).isPresent());
        assertTrue(feeds.render("forged").isEmpty());
        assertTrue(feeds.render(null).isEmpty());

        accounts.disable(student.getId(), DemoAccounts.actor(accounts, DemoAccounts.ADMIN));
        assertTrue(feeds.render(secondToken).isEmpty());
        assertEquals(List.of("CALENDAR_FEED_CREATED", "CALENDAR_FEED_RENEWED"),
                audit.history(CalendarFeedService.AUDIT_SUBJECT, student.getId()).stream().map(e -> e.getAction()).toList());
    }
}

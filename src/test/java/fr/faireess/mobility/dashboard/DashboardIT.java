package fr.faireess.mobility.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

import fr.faireess.mobility.application.ApplicationService;
import fr.faireess.mobility.application.ApplicationReview;
import fr.faireess.mobility.application.ApplicationDrafting;
import fr.faireess.mobility.application.ApplicationStatus;
import fr.faireess.mobility.application.MobilityApplication;
import fr.faireess.mobility.call.CallService;
import fr.faireess.mobility.call.MobilityCall;
import fr.faireess.mobility.platform.security.AccessDeniedException;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.AccountService;
import fr.faireess.mobility.placement.PlacementForm;
import fr.faireess.mobility.placement.PlacementCreation;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.Deployments;
import fr.faireess.mobility.support.Fixture;
import fr.faireess.mobility.support.TestLanes;

/**
 * The dashboards' figures against the real database: counted within the viewer's campuses and the
 * filters. The shared database holds other tests' rows too, so each check reads a call of its own
 * (its title is a category) or the change its own rows made.
 */
@ExtendWith(ArquillianExtension.class)
@ResourceLock(TestLanes.SHARED_DEPLOYMENT)
class DashboardIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Inject private DashboardService dashboards;
    @Inject private ApplicationService applications;
    @Inject private ApplicationDrafting applicationDrafting;
    @Inject private ApplicationReview applicationReview;
    @Inject private CallService calls;
    @Inject private PlacementCreation placementCreation;
    @Inject private AccountService accounts;
    @Inject private Fixture fixture;

    private Account account(String email) {
        return accounts.findByEmail(email).orElseThrow();
    }

    private static String label(ApplicationStatus status) {
        return Messages.text(Locale.FRENCH, status.labelKey());
    }

    /** The count of {@code category} in series {@code series} (0 when absent). */
    private static long count(Figure figure, String category, String series) {
        int row = figure.categories().indexOf(category);
        return row < 0 ? 0 : figure.series().stream().filter(s -> s.label().equals(series))
                .mapToLong(s -> s.values().get(row)).sum();
    }

    @Test
    void applicationsAreCountedPerCallAndStatusWithinTheViewersCampusesAndFilters() {
        Account nadia = account(DemoAccounts.COORDINATOR_PERPIGNAN);
        Account julien = account(DemoAccounts.COORDINATOR_MONTPELLIER);
        MobilityCall call = calls.create(fixture.openCallForm("Appel tableau de bord", 5, "PERPIGNAN", "MONTPELLIER"), nadia);
        String title = call.getTitle();
        MobilityApplication first = fixture.submitted(call, fixture.student("PERPIGNAN", "ES", 2, "Un"));
        fixture.submitted(call, fixture.student("PERPIGNAN", "ASS", 2, "Deux"));
        fixture.submitted(call, fixture.student("MONTPELLIER", "EJE", 2, "Trois"));
        applicationDrafting.start(call.getId(), fixture.student("PERPIGNAN", "ES", 2, "Brouillon"));
        applicationReview.select(first.getId(), nadia, null, fixture.versionOf(first.getId()));

        Figure all = dashboards.figure("applications", DashboardFilter.none(), nadia, Locale.FRENCH);
        assertEquals(2, count(all, title, label(ApplicationStatus.SUBMITTED)), "drafts are not counted");
        assertEquals(1, count(all, title, label(ApplicationStatus.SELECTED)));

        Figure montpellier = dashboards.figure("applications", DashboardFilter.none(), julien, Locale.FRENCH);
        assertEquals(1, count(montpellier, title, label(ApplicationStatus.SUBMITTED)), "Julien sees Montpellier's file only");
        assertEquals(0, count(montpellier, title, label(ApplicationStatus.SELECTED)));
        Figure widened = dashboards.figure("applications", new DashboardFilter(null, "PERPIGNAN"), julien, Locale.FRENCH);
        assertFalse(widened.categories().contains(title), "a campus filter never widens the scope");

        Figure perpignan = dashboards.figure("applications", new DashboardFilter(null, "PERPIGNAN"), nadia, Locale.FRENCH);
        assertEquals(1, count(perpignan, title, label(ApplicationStatus.SUBMITTED)));
        int callYear = Integer.parseInt(call.getAcademicYear().substring(0, 4));
        assertTrue(dashboards.figure("applications", new DashboardFilter(callYear, null), nadia, Locale.FRENCH)
                .categories().contains(title));
        assertFalse(dashboards.figure("applications", new DashboardFilter(callYear + 7, null), nadia, Locale.FRENCH)
                .categories().contains(title));
        assertTrue(dashboards.callYears().contains(callYear));
    }

    @Test
    void aPlacementCountsOnceInEachMobilityFigureUntilItIsCancelled() {
        Account nadia = account(DemoAccounts.COORDINATOR_PERPIGNAN);
        MobilityCall call = fixture.openCall("Appel mobilités " + Fixture.unique(), 5);
        int callYear = Integer.parseInt(call.getAcademicYear().substring(0, 4));
        DashboardFilter year = new DashboardFilter(callYear, null);
        Figure programmesBefore = dashboards.figure("programmes", year, nadia, Locale.FRENCH);
        Figure yearsBefore = dashboards.figure("years", year, nadia, Locale.FRENCH);
        Figure departuresBefore = dashboards.figure("departures", year, nadia, Locale.FRENCH);
        Account julien = account(DemoAccounts.COORDINATOR_MONTPELLIER);
        Figure julienBefore = dashboards.figure("programmes", year, julien, Locale.FRENCH);

        Account student = fixture.student("PERPIGNAN", "EJE", 2, "Mobile");
        MobilityApplication application = fixture.submitted(call, student);
        applicationReview.select(application.getId(), nadia, null, fixture.versionOf(application.getId()));
        fr.faireess.mobility.host.HostContact mentor = fixture.mentor("Kindergarten Tableau", "IS", "Reykjavík");
        PlacementForm form = new PlacementForm();
        form.setApplicationId(application.getId());
        form.setHostId(mentor.getHost().getId());
        form.setMentorId(mentor.getId());
        form.setReferentId(account(DemoAccounts.TRAINER_PERPIGNAN).getId());
        form.setDepartment("Petite enfance");
        form.setPlannedStart(fixture.periodStart());
        form.setPlannedEnd(fixture.periodEnd());
        form.setHoursPerWeek(35);
        form.setWorkingLanguage("en");
        placementCreation.create(form, nadia);

        Figure programmes = dashboards.figure("programmes", year, nadia, Locale.FRENCH);
        assertEquals(count(programmesBefore, "EJE", "Mobilités") + 1, count(programmes, "EJE", "Mobilités"));
        assertEquals(count(yearsBefore, call.getAcademicYear(), "Mobilités") + 1,
                count(dashboards.figure("years", year, nadia, Locale.FRENCH), call.getAcademicYear(), "Mobilités"));
        assertEquals(departuresBefore.total() + 1, dashboards.figure("departures", year, nadia, Locale.FRENCH).total());
        Figure countries = dashboards.figure("countries", year, nadia, Locale.FRENCH);
        assertTrue(countries.categories().contains("Islande") || countries.categories().contains("Autres pays"),
                "the host's country by its French name: " + countries.categories());
        assertEquals(count(julienBefore, "EJE", "Mobilités"),
                count(dashboards.figure("programmes", year, julien, Locale.FRENCH), "EJE", "Mobilités"),
                "a Perpignan student's mobility is not in Montpellier's figures");
    }

    @Test
    void everyFigureIsReadableByStaffAndNoneByStudentsOrTrainers() {
        Account admin = account(DemoAccounts.ADMIN);
        for (String key : DashboardService.FIGURES) {
            Figure figure = dashboards.figure(key, DashboardFilter.none(), admin, Locale.ENGLISH);
            assertEquals(key, figure.key());
            figure.table("c", "t");   // every series has one value per category
        }
        assertThrows(AccessDeniedException.class, () -> dashboards.figure("applications", DashboardFilter.none(),
                account(DemoAccounts.TRAINER_PERPIGNAN), Locale.FRENCH));
        assertThrows(AccessDeniedException.class, () -> dashboards.figure("applications", DashboardFilter.none(),
                fixture.student("PERPIGNAN", "ES", 1, "Curieux"), Locale.FRENCH));
        assertThrows(IllegalArgumentException.class, () -> dashboards.figure("salaries", DashboardFilter.none(), admin, Locale.FRENCH));
    }

    @Test
    void trainersReadTheirCampussModuleFiguresAndNotTheMobilityOnes() {
        Account marta = account(DemoAccounts.TRAINER_PERPIGNAN);
        for (String key : DashboardService.TRAINER_FIGURES) {
            Figure figure = dashboards.figure(key, DashboardFilter.none(), marta, Locale.FRENCH);
            assertTrue(figure.categories().stream().allMatch(c -> c.contains("Perpignan")),
                    key + ": a Perpignan trainer sees Perpignan's cohorts only: " + figure.categories());
        }
        Figure attendance = dashboards.figure("attendance", DashboardFilter.none(), account(DemoAccounts.ADMIN), Locale.FRENCH);
        assertTrue(attendance.total() > 0, "the demo's recorded attendance");
        assertTrue(attendance.series().stream().anyMatch(x -> x.label().equals("Présent·e")), attendance.series().toString());
        assertThrows(AccessDeniedException.class, () -> dashboards.figure("countries", DashboardFilter.none(), marta, Locale.FRENCH));
        assertThrows(AccessDeniedException.class, () -> dashboards.figure("attendance", DashboardFilter.none(),
                account(DemoAccounts.COORDINATOR_PERPIGNAN), Locale.FRENCH));
    }
}

package fr.faireess.mobility.support;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every Arquillian class uses: the real WAR built by Maven, plus every class that
 * runs inside the server (the service tests, the benchmarks and their helpers). Testing the packaged
 * application (not a hand-picked subset) means a missing class or descriptor fails here first. Every
 * class returns this same archive, so {@link SharedDeployment} deploys it once per test run: a new
 * in-server test class is added here.
 */
public final class Deployments {

    /** By name: most test classes are package-private to their feature. */
    private static final String[] IN_SERVER = {
        "identity.SsoAccountsIT",
        "application.ApplicationsIT", "budget.BudgetIT", "grant.GrantsIT", "host.HostDirectoryIT", "identity.IdentityServicesIT", "identity.ApiClientsIT",
        "platform.mail.MailOutboxIT", "module.ModuleIT", "placement.PlacementsIT", "placement.LearningAgreementPdfIT",
        "privacy.LeaversPurgeIT", "privacy.PrivacyIT", "testimony.TestimoniesIT", "dashboard.DashboardIT", "home.TodoIT",
        "reporting.ReportingIT", "identity.PasswordLinksIT", "calendar.CalendarFeedsIT",
        "module.AttendanceGridBenchmark", "application.ReviewListBenchmark", "application.ScaleBenchmark", "application.ScaleSeed", "reporting.BmExportBenchmark",
        "application.PageVsServletBenchmark",
        // their helpers
        "support.Deployments", "support.TestFiles", "support.DemoAccounts", "support.DemoDates", "support.Fixture",
        "support.Bench", "support.PageLoad", "grant.DemoGrants", "application.ReviewListSeed", "privacy.PurgesAtOnce",
        "testimony.ConsentsInThePast", "reporting.BmRows",
    };

    /**
     * Servlets that only the benchmarks' deployment carries ({@code mvn -Pbench}, which sets
     * {@code bench.reports}): the hand-written floor of the review list and the probe between loads.
     */
    private static final String[] BENCH_ONLY = {"application.ReviewListFloorServlet", "application.ReviewListProbeServlet"};

    private Deployments() {
    }

    public static WebArchive services() {
        File war = new File(System.getProperty("it.war", "target/mobility.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn verify builds it): " + war);
        }
        WebArchive archive = ShrinkWrap.create(ZipImporter.class, "mobility.war").importFrom(war).as(WebArchive.class);
        java.util.List<String> names = new java.util.ArrayList<>(java.util.List.of(IN_SERVER));
        if (System.getProperty("bench.reports") != null) {
            names.addAll(java.util.List.of(BENCH_ONLY));
        }
        for (String name : names) {
            try {
                archive.addClass(Class.forName("fr.faireess.mobility." + name));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("Deployments lists a class that does not exist: " + name, e);
            }
        }
        return archive;
    }
}

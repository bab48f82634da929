package fr.faireess.mobility.support;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.faireess.mobility.application.ApplicationForm;
import fr.faireess.mobility.application.ApplicationDrafting;
import fr.faireess.mobility.application.CefrLevel;
import fr.faireess.mobility.application.DocumentKind;
import fr.faireess.mobility.application.MobilityApplication;
import fr.faireess.mobility.application.Upload;
import fr.faireess.mobility.call.CallForm;
import fr.faireess.mobility.call.CallService;
import fr.faireess.mobility.call.MobilityCall;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.AccountForm;
import fr.faireess.mobility.identity.AccountService;
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.platform.config.SchoolTime;
import fr.faireess.mobility.reference.ReferenceData;

/**
 * The rows most service tests start from, built through the services as the pages build them and
 * dated from the application's own clock (which {@code MOBILITY_CLOCK_OFFSET} may move): a call open
 * to everyone in the current academic year, a student, a complete application form, a submitted file.
 * Names are unique, so tests sharing the server and its database never see each other's rows by name.
 * A CDI bean of the test archive ({@link Deployments}): {@code @Inject Fixture fixture;}.
 */
@ApplicationScoped
public class Fixture {

    @Inject private Clock clock;
    @Inject private CallService calls;
    @Inject private AccountService accounts;
    @Inject private ApplicationDrafting applicationDrafting;
    @Inject private ReferenceData reference;
    @Inject private fr.faireess.mobility.host.HostDirectory hosts;

    @PersistenceContext
    private EntityManager em;

    /**
     * The application's version as stored now: what a coordinator's page would show, for the
     * decisions that name the version they were taken on.
     */
    public long versionOf(long applicationId) {
        return em.createQuery("select a.version from MobilityApplication a where a.id = :id", Long.class)
                .setParameter("id", applicationId).getSingleResult();
    }

    /**
     * Application files whose copy of the student's names (the review list's order by name) differs
     * from the account's, or is missing: 0 when every path that writes files or names keeps it.
     */
    public long filesWithAStaleStudentName() {
        return em.createQuery("select count(a) from MobilityApplication a join a.student s"
                + " where a.studentLastName is null or a.studentFirstName is null"
                + " or a.studentLastName <> s.lastName or a.studentFirstName <> s.firstName", Long.class)
                .getSingleResult();
    }

    /** Today in Paris, by the application's clock. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(SchoolTime.ZONE));
    }

    /** Now in Paris, as forms take it. */
    public LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(SchoolTime.ZONE));
    }

    /** The code of the academic year holding today ({@code 2026-2027}). */
    public String academicYear() {
        return reference.academicYearOf(today()).orElseThrow().getCode();
    }

    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A call of the current academic year, opened two days ago, closing in 30 days, for every programme and year. */
    public CallForm openCallForm(String title, int places, String... campuses) {
        CallForm form = new CallForm();
        form.setTitle(title + " " + unique());
        form.setAcademicYear(academicYear());
        form.setOpensAt(now().minusDays(2));
        form.setClosesAt(now().plusDays(30));
        form.setPlaces(places);
        form.setCampuses(List.of(campuses.length == 0 ? new String[] {"PERPIGNAN", "MONTPELLIER"} : campuses));
        form.setProgrammes(List.of("ASS", "ES", "EJE"));
        form.setStudyYears(List.of(1, 2, 3));
        return form;
    }

    /** {@link #openCallForm} for both campuses, created by Nadia Benali (who sees both). */
    public MobilityCall openCall(String title, int places) {
        return calls.create(openCallForm(title, places), accounts.findByEmail(DemoAccounts.COORDINATOR_PERPIGNAN).orElseThrow());
    }

    public Account student(String campus, String programme, int studyYear, String lastName) {
        AccountForm form = new AccountForm();
        form.setEmail("etudiant." + unique() + "@example.org");
        form.setFirstName("Alex");
        form.setLastName(lastName);
        form.setRoles(EnumSet.of(Role.STUDENT));
        form.setCampusCode(campus);
        form.setProgrammeCode(programme);
        form.setStudyYear(studyYear);
        return accounts.create(form, "mot-de-passe-solide", DemoAccounts.actor(accounts, DemoAccounts.ADMIN));
    }

    /** The first day of the month after next, for 89 days: a period every rule accepts. */
    public LocalDate periodStart() {
        return today().plusMonths(2).withDayOfMonth(1);
    }

    public LocalDate periodEnd() {
        return periodStart().plusDays(88);
    }

    /** A form every check accepts: one wish (Girona), the period above, Spanish B2, a motivation long enough. */
    public ApplicationForm completeForm() {
        ApplicationForm form = new ApplicationForm();
        form.getWishes().get(0).setCountryCode("ES");
        form.getWishes().get(0).setCity("Girona");
        form.getWishes().get(0).setHostType("CHILD_PROTECTION");
        form.setStartOn(periodStart());
        form.setEndOn(periodEnd());
        form.setWorkingLanguage("es");
        form.setCefrLevel(CefrLevel.B2);
        form.setMotivation("Je veux travailler en protection de l'enfance en Catalogne. ".repeat(6));
        return form;
    }

    public static List<Upload> documents() {
        return List.of(new Upload(DocumentKind.CV, "cv.pdf", TestFiles.pdf(3000)),
                new Upload(DocumentKind.LETTER, "lettre.pdf", TestFiles.pdf(3000)));
    }

    /** {@code student}'s application to {@code call}, complete and submitted. */
    public MobilityApplication submitted(MobilityCall call, Account student) {
        return submitted(call, student, completeForm());
    }

    public MobilityApplication submitted(MobilityCall call, Account student, ApplicationForm form) {
        MobilityApplication draft = applicationDrafting.start(call.getId(), student);
        form.setVersion(draft.getVersion());
        return applicationDrafting.submit(draft.getId(), student, form, documents());
    }

    /**
     * A new host in {@code countryCode}'s {@code city} (a small non-profit child-protection service,
     * named {@code name} plus a unique suffix) with one mentor who has an e-mail: the mentor, as
     * Nadia Benali reads it.
     */
    public fr.faireess.mobility.host.HostContact mentor(String name, String countryCode, String city) {
        fr.faireess.mobility.host.HostForm form = new fr.faireess.mobility.host.HostForm();
        form.setName(name + " " + unique());
        form.setType(fr.faireess.mobility.host.HostType.CHILD_PROTECTION);
        form.setLegalStatus(fr.faireess.mobility.host.LegalStatus.NON_PROFIT);
        form.setSize(fr.faireess.mobility.host.HostSize.SMALL);
        form.setCity(city);
        form.setCountryCode(countryCode);
        fr.faireess.mobility.host.HostForm.ContactForm contact = form.addContact();
        contact.setFullName("Pere Casals");
        contact.setEmail("tuteur." + unique() + "@example.org");
        contact.setMentor(true);
        fr.faireess.mobility.host.HostOrganisation host = hosts.create(form,
                accounts.findByEmail(DemoAccounts.COORDINATOR_PERPIGNAN).orElseThrow());
        Account nadia = accounts.findByEmail(DemoAccounts.COORDINATOR_PERPIGNAN).orElseThrow();
        return hosts.findForStaff(host.getId(), nadia).orElseThrow().getContacts().get(0);
    }
}

package fr.faireess.mobility.testimony;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import fr.faireess.mobility.placement.Placement;
import fr.faireess.mobility.placement.PlacementState;
import fr.faireess.mobility.application.ApplicationWish;
import fr.faireess.mobility.application.MobilityApplication;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.AccountService;
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.platform.security.RoleGuard;
import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.ConcurrentModificationException;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.testimony.TestimonyStatus.By;

/**
 * The students' side of a testimony: a draft about one of their own mobilities (country, host,
 * programme and year taken from it, never typed), its content, co-authors and file, saved while it
 * is theirs to edit, and submitted to the coordinators. Students only, on their own testimonies;
 * refusals are thrown before anything is written.
 */
@ApplicationScoped
public class TestimonyAuthoring {

    @PersistenceContext
    private EntityManager em;

    @Inject private TestimonyService testimonies;
    @Inject private TestimonyConsentWindow consentWindow;
    @Inject private TestimonyFiles files;
    @Inject private AccountService accounts;
    @Inject private AuditLog audit;
    @Inject private Clock clock;

    /** Creates a draft about one of the student's mobilities, with its content and optional file. */
    @Transactional
    public Testimony create(TestimonyForm form, Account student, FileUpload file) {
        RoleGuard.require(student, Role.STUDENT);
        MobilityApplication mobility = ownMobility(form.getApplicationId(), student);
        TestimonyCheck.draftProblem(form).ifPresent(e -> {
            throw e;
        });
        TestimonyFiles.checkFile(file);
        Set<Account> coAuthors = coAuthors(form, student);
        Testimony testimony = derivedFrom(mobility, testimonies.placementsByApplication(student).get(mobility.getId()), student);
        testimony.replaceContent(form, coAuthors, Instant.now(clock));
        em.persist(testimony);
        em.flush();
        consentWindow.refreshConsentWindow(testimony);
        files.attach(testimony, file);
        audit.record(student.actor(), "TESTIMONY_CREATED", TestimonyService.AUDIT_SUBJECT, testimony.getId(), null,
                TestimonyStatus.DRAFT.name(), null);
        return testimony;
    }

    /**
     * Country, host, programme and year come from the mobility, never typed: from the placement when
     * there is one (where the student really went), else from the first wish of the selected
     * application; the programme is the student's.
     */
    private Testimony derivedFrom(MobilityApplication mobility, Placement placement, Account student) {
        String programme = student.getProgramme() == null ? null : student.getProgramme().getCode();
        if (placement != null && placement.getState() != PlacementState.CANCELLED) {
            LocalDate start = placement.getActualStart() != null ? placement.getActualStart() : placement.getPlannedStart();
            return new Testimony(mobility, student, placement.getHost().getCountry().getCode(), placement.getHost().getId(),
                    programme, start == null ? null : start.getYear(), Instant.now(clock));
        }
        Optional<ApplicationWish> first = mobility.getWishes().stream().findFirst();
        return new Testimony(mobility, student,
                first.map(ApplicationWish::getCountryCode).orElse(mobility.getFirstCountryCode()),
                first.map(ApplicationWish::getHostId).orElse(null),
                programme, mobility.getStartOn() == null ? null : mobility.getStartOn().getYear(), Instant.now(clock));
    }

    /** Creates and submits at once, all or nothing: an incomplete testimony is not even saved. */
    @Transactional
    public Testimony submitNew(TestimonyForm form, Account student, FileUpload file) {
        RoleGuard.require(student, Role.STUDENT);
        ownMobility(form.getApplicationId(), student);
        TestimonyFiles.checkFile(file);
        TestimonyCheck.submitProblem(form, file != null && !file.isEmpty()).ifPresent(e -> {
            throw e;
        });
        Testimony testimony = create(form, student, file);
        testimonies.move(testimony, TestimonyStatus.SUBMITTED, By.STUDENT, student.actor(), null);
        return testimony;
    }

    /** Saves what the owner typed (and the file), while the testimony is theirs to edit. */
    @Transactional
    public Testimony saveDraft(long id, Account student, TestimonyForm form, FileUpload file) {
        RoleGuard.require(student, Role.STUDENT);
        Testimony testimony = ownEditable(id, student, form.getVersion());
        TestimonyCheck.draftProblem(form).ifPresent(e -> {
            throw e;
        });
        TestimonyFiles.checkFile(file);
        testimony.replaceContent(form, coAuthors(form, student), Instant.now(clock));
        consentWindow.refreshConsentWindow(testimony);
        files.attach(testimony, file);
        em.flush();
        return testimony;
    }

    /** Saves and submits to the coordinator: complete (summary, language, a link or a file). */
    @Transactional
    public Testimony submit(long id, Account student, TestimonyForm form, FileUpload file) {
        RoleGuard.require(student, Role.STUDENT);
        Testimony testimony = ownEditable(id, student, form.getVersion());
        TestimonyFiles.checkFile(file);
        boolean hasFile = (file != null && !file.isEmpty()) || files.fileOf(testimony).isPresent();
        TestimonyCheck.submitProblem(form, hasFile).ifPresent(e -> {
            throw e;
        });
        testimony.replaceContent(form, coAuthors(form, student), Instant.now(clock));
        consentWindow.refreshConsentWindow(testimony);
        files.attach(testimony, file);
        testimonies.move(testimony, TestimonyStatus.SUBMITTED, By.STUDENT, student.actor(), null);
        return testimony;
    }

    private MobilityApplication ownMobility(Long applicationId, Account student) {
        if (applicationId == null) {
            throw new BusinessException("mobility", "testimony.mobility.required");
        }
        return testimonies.mobilitiesOf(student).stream().filter(a -> a.getId().equals(applicationId)).findFirst()
                .orElseThrow(() -> new BusinessException("mobility", "testimony.mobility.notEligible"));
    }

    private Testimony ownEditable(long id, Account student, Long version) {
        Testimony testimony = em.createQuery("select t from Testimony t where t.id = :id and t.student = :s", Testimony.class)
                .setParameter("id", id).setParameter("s", student)
                .getResultStream().findFirst().orElseThrow(NotFoundException::new);
        if (!testimony.getStatus().editableByStudent()) {
            throw new BusinessException("testimony.notEditable");
        }
        if (version != null && version != testimony.getVersion()) {
            throw new ConcurrentModificationException();
        }
        return testimony;
    }

    /**
     * Co-authors are other students who went on a mobility themselves (one they could write about),
     * found by their e-mail address. One answer for every refusal — no such address, not a student,
     * no mobility — so that the form tells nobody which addresses are students' accounts.
     */
    private Set<Account> coAuthors(TestimonyForm form, Account owner) {
        Set<Account> found = new LinkedHashSet<>();
        for (String email : TestimonyCheck.coAuthorEmails(form.getCoAuthors())) {
            Account account = accounts.findByEmail(email)
                    .filter(a -> a.hasRole(Role.STUDENT))
                    .filter(a -> a.getId().equals(owner.getId()) || !testimonies.mobilitiesOf(a).isEmpty())
                    .orElseThrow(() -> new BusinessException("coAuthors", "testimony.coAuthors.notEligible", email));
            if (!account.getId().equals(owner.getId())) {
                found.add(account);
            }
        }
        if (found.size() > 10) {
            throw new BusinessException("coAuthors", "testimony.coAuthors.tooMany", 10);
        }
        return found;
    }
}

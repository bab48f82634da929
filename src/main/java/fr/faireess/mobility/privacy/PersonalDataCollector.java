package fr.faireess.mobility.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.faireess.mobility.identity.CampusScope;
import fr.faireess.mobility.application.ApplicationComment;
import fr.faireess.mobility.application.ApplicationService;
import fr.faireess.mobility.application.ApplicationStatus;
import fr.faireess.mobility.application.ApplicationWish;
import fr.faireess.mobility.application.DocumentInfo;
import fr.faireess.mobility.application.MobilityApplication;
import fr.faireess.mobility.host.HostOrganisation;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.module.Attendance;
import fr.faireess.mobility.module.CriticalIncident;
import fr.faireess.mobility.module.CriticalIncidentService;
import fr.faireess.mobility.placement.AgreementService;
import fr.faireess.mobility.placement.ChecklistItem;
import fr.faireess.mobility.placement.LearningAgreement;
import fr.faireess.mobility.placement.Placement;
import fr.faireess.mobility.placement.PlacementDocument;
import fr.faireess.mobility.placement.PlacementService;
import fr.faireess.mobility.platform.audit.AuditEntry;
import fr.faireess.mobility.privacy.PersonalData.AccountData;
import fr.faireess.mobility.privacy.PersonalData.AgreementData;
import fr.faireess.mobility.privacy.PersonalData.ApplicationData;
import fr.faireess.mobility.privacy.PersonalData.AttendanceData;
import fr.faireess.mobility.privacy.PersonalData.CallData;
import fr.faireess.mobility.privacy.PersonalData.CertificateData;
import fr.faireess.mobility.privacy.PersonalData.ChecklistData;
import fr.faireess.mobility.privacy.PersonalData.ConsentData;
import fr.faireess.mobility.privacy.PersonalData.DocumentData;
import fr.faireess.mobility.privacy.PersonalData.EventData;
import fr.faireess.mobility.privacy.PersonalData.HostData;
import fr.faireess.mobility.privacy.PersonalData.IncidentData;
import fr.faireess.mobility.privacy.PersonalData.MessageData;
import fr.faireess.mobility.privacy.PersonalData.PlacementData;
import fr.faireess.mobility.privacy.PersonalData.SignatureData;
import fr.faireess.mobility.privacy.PersonalData.StoredFile;
import fr.faireess.mobility.privacy.PersonalData.TestimonyData;
import fr.faireess.mobility.testimony.Testimony;
import fr.faireess.mobility.testimony.TestimonyComment;
import fr.faireess.mobility.testimony.TestimonyConsent;
import fr.faireess.mobility.testimony.TestimonyFile;
import fr.faireess.mobility.testimony.TestimonyService;

/**
 * Reads everything held about one person into {@link PersonalData}, always from their account, never
 * from an id a page sends. Only their own records: their applications and what hangs off them, their
 * placements, their module attendance and analyses, the testimonies they wrote or co-wrote, and their
 * own consents — not the third parties' consents and forms on their testimonies, which are other
 * people's data. Files included are the ones they uploaded: application documents and testimony
 * files; scans the coordination uploaded for a placement are listed, not included (they carry the
 * host's and the school's signatures). The call's score appears once the application is decided.
 * Package-private: {@link DataExportService} decides who may export whose data and runs it in its
 * transaction.
 */
@ApplicationScoped
class PersonalDataCollector {

    /** Statuses in which the coordination's score is shown: the selection is over for this file. */
    private static final Set<ApplicationStatus> DECIDED = EnumSet.of(ApplicationStatus.SELECTED,
            ApplicationStatus.WAITLISTED, ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN);

    @PersistenceContext
    private EntityManager em;

    @Inject private ApplicationService applications;
    @Inject private PlacementService placements;
    @Inject private AgreementService agreements;
    @Inject private CriticalIncidentService incidents;
    @Inject private TestimonyService testimonies;
    @Inject private Clock clock;

    public PersonalData collect(Account person) {
        List<StoredFile> files = new ArrayList<>();
        List<ApplicationData> applicationData = applications.ofStudent(person).stream()
                .sorted(Comparator.comparing(MobilityApplication::getCreatedAt).thenComparing(MobilityApplication::getId))
                .map(a -> application(a, files)).toList();
        List<PlacementData> placementData = placements.ofStudent(person).stream()
                .sorted(Comparator.comparing(Placement::getId))
                .map(this::placement).toList();
        List<TestimonyData> testimonyData = testimonies.ofAuthor(person).stream()
                .sorted(Comparator.comparing(Testimony::getId))
                .map(t -> testimony(t, person, files)).toList();
        return new PersonalData(Instant.now(clock), account(person), applicationData, placementData,
                attendance(person), incidents(person), testimonyData, consents(person), files);
    }

    private static AccountData account(Account a) {
        return new AccountData(a.getId(), a.getEmail(), a.getFirstName(), a.getLastName(), a.getBirthDate(),
                a.getNationality() == null ? null : a.getNationality().getCode(),
                a.getGender() == null ? null : a.getGender().name(),
                a.getRoles().stream().map(Role::name).sorted().toList(),
                CampusScope.campusOf(a),
                a.getProgramme() == null ? null : a.getProgramme().getCode(),
                a.getStudyYear(), a.isEnabled(), a.getPreferredLocale(), a.getCreatedAt(), a.getLastLoginAt());
    }

    // ---------------------------------------------------------------- applications

    private ApplicationData application(MobilityApplication a, List<StoredFile> files) {
        List<DocumentData> documents = new ArrayList<>();
        for (DocumentInfo d : applications.documents(a)) {
            String path = PersonalDataZip.applicationFile(a.getId(), d.kind().name(), d.fileName());
            byte[] content = em.createQuery("select d.file.content from ApplicationDocument d where d.id = :id", byte[].class)
                    .setParameter("id", d.id()).getSingleResult();
            files.add(new StoredFile(path, content));
            documents.add(new DocumentData(d.kind().name(), d.fileName(), d.sizeBytes(), d.uploadedAt(), path));
        }
        List<EventData> timeline = applications.timeline(a).stream().map(PersonalDataCollector::event).toList();
        List<MessageData> comments = applications.comments(a).stream().map(PersonalDataCollector::message).toList();
        return new ApplicationData(a.getId(),
                new CallData(a.getCall().getTitle(), a.getCall().getAcademicYear(), a.getCall().getOpensAt(),
                        a.getCall().getClosedEarlyAt() != null ? a.getCall().getClosedEarlyAt() : a.getCall().getClosesAt()),
                a.getStatus().name(), a.getCreatedAt(), a.getSubmittedAt(), a.getDecidedAt(), a.getStartOn(), a.getEndOn(),
                a.getWorkingLanguage(), a.getCefrLevel() == null ? null : a.getCefrLevel().name(), a.getMotivation(),
                a.isFewerOpportunities(), a.getWithdrawalReason(), DECIDED.contains(a.getStatus()) ? a.getScore() : null,
                a.getWishes().stream().map(this::wish).toList(), documents, timeline, comments);
    }

    private PersonalData.WishData wish(ApplicationWish w) {
        String host = w.getHostId() == null ? null
                : java.util.Optional.ofNullable(em.find(HostOrganisation.class, w.getHostId())).map(HostOrganisation::getName).orElse(null);
        return new PersonalData.WishData(w.getRank(), host, w.getCountryCode(), w.getCity(), w.getHostType(), w.getReason());
    }

    private static EventData event(AuditEntry e) {
        return new EventData(e.getOccurredAt(), e.getAction(), e.getFromState(), e.getToState(), e.getActorEmail(), e.getDetail());
    }

    private static MessageData message(ApplicationComment c) {
        return new MessageData(c.getCreatedAt(), c.getAuthor().getFullName(), c.getBody());
    }

    // ---------------------------------------------------------------- placements

    private PlacementData placement(Placement p) {
        List<ChecklistData> checklist = java.util.Arrays.stream(ChecklistItem.values())
                .map(item -> new ChecklistData(item.name(), p.ticked(item))).toList();
        List<AgreementData> versions = agreements.versions(p).stream()
                .sorted(Comparator.comparingInt(LearningAgreement::getNumber))
                .map(PersonalDataCollector::agreement).toList();
        CertificateData certificate = p.hasCertificate()
                ? new CertificateData(p.getActualStart(), p.getActualEnd(), p.getCertTasks(), p.getCertOutcomes(),
                        p.getCertEvaluation(), p.getCertBy(), p.getCertAt())
                : null;
        List<DocumentData> scans = agreements.documents(p).stream()
                .map(PersonalDataCollector::scan).toList();
        List<EventData> timeline = placements.timeline(p).stream().map(PersonalDataCollector::event).toList();
        HostOrganisation host = p.getHost();
        return new PlacementData(p.getId(), p.getApplication().getId(),
                new HostData(host.getName(), host.getCity(), host.getCountry().getCode(), p.isOutsideEea()),
                p.getDepartment(), p.getMentor().getFullName(), p.getReferent().getFullName(), p.getPlannedStart(),
                p.getPlannedEnd(), p.getHoursPerWeek(), p.getWorkingLanguage(), p.getState().name(), p.getStopReason(),
                p.getStoppedOn(), checklist, versions, certificate, scans, timeline);
    }

    private static DocumentData scan(PlacementDocument d) {
        return new DocumentData(d.getKind().name(), d.getFileName(), d.getSizeBytes(), d.getUploadedAt(), null);
    }

    private static AgreementData agreement(LearningAgreement a) {
        return new AgreementData(a.getNumber(), a.getPlannedStart(), a.getPlannedEnd(), a.getTitle(), a.getHoursPerWeek(),
                a.getProgramme(), a.getSkills(), a.getMonitoringPlan(), a.getEvaluationPlan(), a.getLanguageLevel(),
                a.isDigitalSkills(), a.getChangeReason(), a.getRecognition() == null ? null : a.getRecognition().name(),
                a.getEctsCredits(), a.getFinancialSupport(), a.getInKindSupport(), a.isAccidentInsurance(),
                a.isLiabilityInsurance(),
                new SignatureData(a.getStudentSignedBy(), a.getStudentSignedAt(), null),
                new SignatureData(a.getCoordinatorSignedBy(), a.getCoordinatorSignedAt(), null),
                new SignatureData(a.getMentorSignedBy(), a.getMentorSignedAt(),
                        a.getMentorMode() == null ? null : a.getMentorMode().name()),
                a.getCreatedAt());
    }

    // ---------------------------------------------------------------- intercultural module

    private List<AttendanceData> attendance(Account person) {
        return em.createQuery("""
                        select a from Attendance a join fetch a.session s
                        where a.student = :p order by s.startsAt, a.id""", Attendance.class)
                .setParameter("p", person).getResultList().stream()
                .map(a -> new AttendanceData(a.getSession().getTitle(), a.getSession().getStartsAt(),
                        a.getSession().getCampus().getCode(), a.getStatus().name()))
                .toList();
    }

    private List<IncidentData> incidents(Account person) {
        return incidents.mine(person).stream()
                .sorted(Comparator.comparing(CriticalIncident::getCreatedAt).thenComparing(CriticalIncident::getId))
                .map(i -> new IncidentData(i.getId(), i.getTitle(), i.getOccurredOn(), i.isDuringPlacement(),
                        i.getSituation(), i.getPeopleInvolved(), i.getReaction(), i.getOwnFrame(), i.getOtherFrame(),
                        i.getNegotiation(), i.getLearning(), i.getStatus().name(), i.getTrainerComment(),
                        i.getSubmittedAt(), i.getReviewedAt(), i.getCreatedAt(), i.getUpdatedAt()))
                .toList();
    }

    // ---------------------------------------------------------------- testimonies

    private TestimonyData testimony(Testimony t, Account person, List<StoredFile> files) {
        boolean owner = t.getStudent().getId().equals(person.getId());
        DocumentData file = null;
        TestimonyFile stored = em.createQuery("select f from TestimonyFile f where f.testimony = :t", TestimonyFile.class)
                .setParameter("t", t).getResultStream().findFirst().orElse(null);
        if (stored != null) {
            String path = null;
            if (owner) {
                path = PersonalDataZip.testimonyFile(t.getId(), stored.getFileName());
                byte[] content = em.createQuery("select f.file.content from TestimonyFile f where f.id = :id", byte[].class)
                        .setParameter("id", stored.getId()).getSingleResult();
                files.add(new StoredFile(path, content));
            }
            file = new DocumentData(stored.getContentType(), stored.getFileName(), stored.getSizeBytes(),
                    stored.getUploadedAt(), path);
        }
        List<MessageData> comments = testimonies.comments(t).stream().map(PersonalDataCollector::message).toList();
        // Status changes only: other steps name the people whose consent was recorded.
        List<EventData> timeline = testimonies.timeline(t).stream().filter(e -> e.getToState() != null)
                .map(e -> new EventData(e.getOccurredAt(), e.getAction(), e.getFromState(), e.getToState(),
                        e.getActorEmail(), null))
                .toList();
        return new TestimonyData(t.getId(), owner ? "AUTHOR" : "CO_AUTHOR", t.getType().name(), t.getTitle(),
                t.getSummary(), t.getBody(), t.getLanguage(), t.getLink(), t.getStatus().name(), t.getCreatedAt(),
                t.getSubmittedAt(), t.getPublishedAt(), file, comments, timeline);
    }

    private static MessageData message(TestimonyComment c) {
        return new MessageData(c.getCreatedAt(), c.getAuthor().getFullName(), c.getBody());
    }

    private List<ConsentData> consents(Account person) {
        return em.createQuery("""
                        select c from TestimonyConsent c join fetch c.testimony
                        where c.account = :p order by c.recordedAt, c.id""", TestimonyConsent.class)
                .setParameter("p", person).getResultList().stream()
                .map(c -> new ConsentData(c.getTestimony().getId(), c.getTestimony().getTitle(), c.isWeb(), c.isPrint(),
                        c.isEvent(), c.getGivenOn(), c.getValidUntil(), c.getRecordedAt(), c.getWithdrawnAt()))
                .toList();
    }
}

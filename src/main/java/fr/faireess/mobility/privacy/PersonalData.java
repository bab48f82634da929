package fr.faireess.mobility.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything the application holds about one person, as read for their export: plain values, no
 * entity, so that {@link PersonalDataJson} writes it without a database and its shape is tested
 * alone. Files are listed by their path in the ZIP; their bytes travel in {@link #files()}.
 */
public record PersonalData(Instant generatedAt, AccountData account, List<ApplicationData> applications,
                           List<PlacementData> placements, List<AttendanceData> attendance,
                           List<IncidentData> incidents, List<TestimonyData> testimonies,
                           List<ConsentData> consents, List<StoredFile> files) {

    public PersonalData {
        applications = List.copyOf(applications);
        placements = List.copyOf(placements);
        attendance = List.copyOf(attendance);
        incidents = List.copyOf(incidents);
        testimonies = List.copyOf(testimonies);
        consents = List.copyOf(consents);
        files = List.copyOf(files);
    }

    /** {@code nationality} is a country code, {@code gender} the Beneficiary Module's code ({@code FEMALE}…). */
    public record AccountData(Long id, String email, String firstName, String lastName, LocalDate birthDate,
                              String nationality, String gender, List<String> roles,
                              String campus, String programme, Integer studyYear, boolean enabled,
                              String preferredLanguage, Instant createdAt, Instant lastLoginAt) {
    }

    public record CallData(String title, String academicYear, Instant opensAt, Instant closesAt) {
    }

    public record ApplicationData(Long id, CallData call, String status, Instant createdAt, Instant submittedAt,
                                  Instant decidedAt, LocalDate startOn, LocalDate endOn, String workingLanguage,
                                  String cefrLevel, String motivation, boolean fewerOpportunities,
                                  String withdrawalReason, Integer score, List<WishData> wishes,
                                  List<DocumentData> documents, List<EventData> timeline, List<MessageData> comments) {
    }

    public record WishData(int rank, String host, String country, String city, String hostType, String reason) {
    }

    /** A file's description; {@code path} names it in the ZIP, or is null when the file is not included. */
    public record DocumentData(String kind, String fileName, int sizeBytes, Instant uploadedAt, String path) {
    }

    /** One line of a history: a status change or another recorded step. */
    public record EventData(Instant at, String action, String from, String to, String by, String comment) {
    }

    public record MessageData(Instant at, String author, String text) {
    }

    public record HostData(String name, String city, String country, boolean outsideEea) {
    }

    public record PlacementData(Long id, Long applicationId, HostData host, String department, String mentor,
                                String referent, LocalDate plannedStart, LocalDate plannedEnd, int hoursPerWeek,
                                String workingLanguage, String state, String stopReason, LocalDate stoppedOn,
                                List<ChecklistData> checklist, List<AgreementData> agreements,
                                CertificateData certificate, List<DocumentData> documents, List<EventData> timeline) {
    }

    public record ChecklistData(String item, LocalDate doneOn) {
    }

    public record SignatureData(String by, Instant at, String mode) {
    }

    public record AgreementData(int number, LocalDate plannedStart, LocalDate plannedEnd, String title,
                                int hoursPerWeek, String programme, String skills, String monitoringPlan,
                                String evaluationPlan, String languageLevel, boolean digitalSkills,
                                String changeReason, String recognition, Integer ectsCredits,
                                String financialSupport, String inKindSupport, boolean accidentInsurance,
                                boolean liabilityInsurance, SignatureData student, SignatureData coordinator,
                                SignatureData mentor, Instant createdAt) {
    }

    public record CertificateData(LocalDate actualStart, LocalDate actualEnd, String tasks, String outcomes,
                                  String evaluation, String by, Instant at) {
    }

    public record AttendanceData(String session, LocalDateTime startsAt, String campus, String status) {
    }

    public record IncidentData(Long id, String title, LocalDate occurredOn, boolean duringPlacement,
                               String situation, String peopleInvolved, String reaction, String ownFrame,
                               String otherFrame, String negotiation, String learning, String status,
                               String trainerComment, Instant submittedAt, Instant reviewedAt, Instant createdAt,
                               Instant updatedAt) {
    }

    /** @param role {@code AUTHOR} (the owner) or {@code CO_AUTHOR} */
    public record TestimonyData(Long id, String role, String type, String title, String summary, String body,
                                String language, String link, String status, Instant createdAt, Instant submittedAt,
                                Instant publishedAt, DocumentData file, List<MessageData> comments,
                                List<EventData> timeline) {
    }

    public record ConsentData(Long testimonyId, String testimonyTitle, boolean web, boolean print, boolean event,
                              LocalDate givenOn, LocalDate validUntil, Instant recordedAt, Instant withdrawnAt) {
    }

    /** A file included in the ZIP under {@code path}. */
    public record StoredFile(String path, byte[] content) {
    }
}

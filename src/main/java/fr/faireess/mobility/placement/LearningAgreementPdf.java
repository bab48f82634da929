package fr.faireess.mobility.placement;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import fr.faireess.mobility.host.HostContact;
import fr.faireess.mobility.host.HostOrganisation;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.platform.config.SchoolTime;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.reference.Campus;
import fr.faireess.mobility.reference.Programme;

/**
 * One version of the Learning Agreement for Traineeships as the EU's KA131 template lays it out, in
 * French with the host's language under each text ({@link AgreementLanguages}: the mentor's language,
 * English when the template's texts are not in it; the same document for every party): the trainee, the
 * sending institution and the receiving organisation; before the mobility Table A (the programme),
 * Table B (the sending institution's recognition and insurance), Table C (the receiving
 * organisation's support and insurance), the three parties' commitment and signatures; during the
 * mobility Table A2 (an amendment's changes, against the version before it); after the mobility
 * Table D (the traineeship certificate, once recorded). Codes print as words ({@link AgreementWords}).
 */
final class LearningAgreementPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Placement placement;
    private final LearningAgreement agreement;
    private final LearningAgreement previous;
    private BilingualSheet sheet;

    private LearningAgreementPdf(Placement placement, LearningAgreement agreement, LearningAgreement previous) {
        this.placement = Objects.requireNonNull(placement);
        this.agreement = Objects.requireNonNull(agreement);
        this.previous = previous;
    }

    /**
     * @param previous the version this one amends (its Table A2 lists what changed), or null
     * @param other    the language printed under the French
     */
    static byte[] write(Placement placement, LearningAgreement agreement, LearningAgreement previous, Locale other,
                        Instant generatedAt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.open();
        try {
            LearningAgreementPdf pdf = new LearningAgreementPdf(placement, agreement, previous);
            pdf.sheet = new BilingualSheet(document, other);
            pdf.content(generatedAt);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        document.close();
        return out.toByteArray();
    }

    private void content(Instant generatedAt) throws DocumentException {
        sheet.title("la.title");
        PdfPTable head = sheet.table();
        sheet.row(head, "la.programme", sheet.both("la.programmeName"));
        sheet.row(head, "la.academicYear", placement.getApplication().getCall().getAcademicYear());
        sheet.row(head, "la.version", agreement.isAmendment() ? sheet.both("la.versionAmendment", agreement.getNumber())
                : String.valueOf(agreement.getNumber()));
        sheet.add(head);
        trainee();
        sending();
        receiving();
        sheet.part("la.before");
        tableA();
        tableB();
        tableC();
        commitment();
        if (agreement.isAmendment()) {
            sheet.part("la.during");
            tableA2();
        }
        if (placement.hasCertificate()) {
            sheet.part("la.after");
            tableD();
        }
        sheet.note(sheet.both("la.generated", MOMENT.format(SchoolTime.toLocal(generatedAt))));
    }

    private void trainee() throws DocumentException {
        Account student = placement.getStudent();
        Programme programme = student.getProgramme();
        sheet.heading("la.trainee");
        PdfPTable t = sheet.table();
        sheet.row(t, "la.lastName", student.getLastName());
        sheet.row(t, "la.firstName", student.getFirstName());
        sheet.row(t, "la.birthDate", day(student.getBirthDate()));
        sheet.row(t, "la.nationality", sheet.both(l -> AgreementWords.country(student.getNationality(), l)));
        sheet.row(t, "la.gender", sheet.both(l -> AgreementWords.gender(student.getGender(), l)));
        sheet.row(t, "la.email", student.getEmail());
        if (programme != null) {
            sheet.row(t, "la.studyCycle", sheet.both(l -> AgreementWords.studyCycle(programme.getEqfLevel(), l)));
            sheet.row(t, "la.eqfLevel", String.valueOf(programme.getEqfLevel()));
            sheet.row(t, "la.isced", AgreementWords.join(" — ", programme.getIscedCode(),
                    sheet.both(l -> AgreementWords.iscedName(programme.getIscedCode(), l))));
            sheet.row(t, "la.diploma", sheet.both(programme::diploma));
        }
        sheet.add(t);
    }

    private void sending() throws DocumentException {
        Campus campus = placement.getStudent().getCampus();
        Account referent = placement.getReferent();
        sheet.heading("la.sending");
        PdfPTable s = sheet.table();
        sheet.row(s, "la.name", campus == null ? "FAIRE-ESS" : campus.getName() + " (FAIRE-ESS)");
        if (campus != null) {
            sheet.row(s, "la.faculty", campus.getDepartment());
            sheet.row(s, "la.erasmusCode", campus.getErasmusCode());
            sheet.row(s, "la.address", AgreementWords.join(", ", campus.getAddress(), campus.getCity()));
        }
        sheet.row(s, "la.country", sheet.both("la.france"));
        sheet.row(s, "la.contactPerson", AgreementWords.join(" ; ", referent.getFullName(), referent.getEmail(),
                campus == null ? null : campus.getPhone()));
        sheet.add(s);
    }

    private void receiving() throws DocumentException {
        HostOrganisation host = placement.getHost();
        HostContact mentor = placement.getMentor();
        sheet.heading("la.receiving");
        PdfPTable r = sheet.table();
        sheet.row(r, "la.name", host.getName());
        sheet.row(r, "la.department", placement.getDepartment());
        sheet.row(r, "la.address", AgreementWords.join(", ", host.getAddress(), host.getCity()));
        sheet.row(r, "la.country", sheet.both(l -> AgreementWords.country(host.getCountry(), l)));
        sheet.row(r, "la.website", host.getWebsite());
        sheet.row(r, "la.size", sheet.both(l -> AgreementWords.size(host.getSize(), l)));
        sheet.row(r, "la.sector", sheet.both(l -> AgreementWords.sector(host.getType(), l)));
        host.getContacts().stream().filter(c -> !c.getId().equals(mentor.getId())).findFirst()
                .ifPresent(c -> sheet.row(r, "la.contactPerson", person(c.getFullName(), c.getJobTitle(), c.getEmail(), c.getPhone())));
        sheet.row(r, "la.mentor", person(mentor.getFullName(), mentor.getJobTitle(), mentor.getEmail(), mentor.getPhone()));
        sheet.row(r, "la.supervisor", person(agreement.getSupervisorName(), agreement.getSupervisorPosition(),
                agreement.getSupervisorEmail(), agreement.getSupervisorPhone()));
        sheet.add(r);
    }

    private void tableA() throws DocumentException {
        sheet.heading("la.tableA");
        PdfPTable a = sheet.table();
        sheet.row(a, "la.plannedPeriod", sheet.both("la.fromTo", day(agreement.getPlannedStart()), day(agreement.getPlannedEnd()),
                agreement.getDays()));
        for (Field field : TABLE_A) {
            sheet.row(a, field.labelKey(), field.value().apply(agreement));
        }
        sheet.row(a, "la.language", sheet.both(l -> AgreementWords.language(placement.getWorkingLanguage(),
                agreement.getLanguageLevel(), l)));
        sheet.row(a, "la.digitalSkills", sheet.both(l -> AgreementWords.yesNo(agreement.isDigitalSkills(), l)));
        sheet.row(a, "la.virtualComponent", agreement.getVirtualComponent());
        sheet.add(a);
    }

    private void tableB() throws DocumentException {
        sheet.heading("la.tableB");
        PdfPTable b = sheet.table();
        Recognition recognition = agreement.getRecognition();
        if (recognition != null) {
            sheet.row(b, "la.recognition", sheet.both("la.recognition." + recognition.name()));
        }
        sheet.row(b, "la.ects", agreement.getEctsCredits() == null ? null : agreement.getEctsCredits().toString());
        List<String> basis = new ArrayList<>();
        if (agreement.isGradeCertificate()) {
            basis.add(sheet.both("la.grade.certificate"));
        }
        if (agreement.isGradeReport()) {
            basis.add(sheet.both("la.grade.report"));
        }
        if (agreement.isGradeInterview()) {
            basis.add(sheet.both("la.grade.interview"));
        }
        sheet.row(b, "la.gradeBasis", String.join(" ; ", basis));
        if (recognition != null) {
            sheet.row(b, "la.recordedIn", sheet.both("la.recordedIn." + recognition.name()));
        }
        insurance(b, "la.sendingAccident", agreement.isSendingAccident(), agreement.isSendingAccidentTravel(),
                agreement.isSendingAccidentCommute());
        sheet.row(b, "la.sendingLiability", yesNo(agreement.isSendingLiability()));
        sheet.add(b);
    }

    private void tableC() throws DocumentException {
        sheet.heading("la.tableC");
        PdfPTable c = sheet.table();
        sheet.row(c, "la.financialSupport", agreement.getFinancialSupport());
        sheet.row(c, "la.inKindSupport", agreement.getInKindSupport());
        insurance(c, "la.hostAccident", agreement.isAccidentInsurance(), agreement.isHostAccidentTravel(),
                agreement.isHostAccidentCommute());
        sheet.row(c, "la.hostLiability", yesNo(agreement.isLiabilityInsurance()));
        sheet.add(c);
        sheet.paragraph("la.supportEquipment");
        sheet.paragraph("la.certificateWithin");
    }

    private void insurance(PdfPTable table, String key, boolean insured, boolean travel, boolean commute) {
        sheet.row(table, key, yesNo(insured));
        if (insured) {
            sheet.row(table, "la.coversTravel", yesNo(travel));
            sheet.row(table, "la.coversCommute", yesNo(commute));
        }
    }

    private void commitment() throws DocumentException {
        sheet.heading("la.commitment");
        sheet.paragraph("la.commitmentText");
        PdfPTable grid = sheet.grid("la.party", "la.name", "la.function", "la.signedOn");
        signature(grid, "la.party.trainee", agreement.getStudentSignedBy(), sheet.both("la.function.trainee"),
                agreement.getStudentSignedAt());
        signature(grid, "la.party.sending", agreement.getCoordinatorSignedBy(), sheet.both("la.function.sending"),
                agreement.getCoordinatorSignedAt());
        String mentorFunction = AgreementWords.present(placement.getMentor().getJobTitle()) ? placement.getMentor().getJobTitle()
                : sheet.both("la.function.mentor");
        signature(grid, "la.party.receiving", agreement.getMentorSignedBy(), mentorFunction,
                agreement.getMentorSignedAt());
        sheet.add(grid);
        if (agreement.getMentorMode() != null) {
            String mode = "la.mode." + agreement.getMentorMode().name();
            sheet.note(sheet.bothWith("la.mentorSignedThrough", l -> new Object[] {Messages.text(l, mode)}));
        }
    }

    private void signature(PdfPTable grid, String partyKey, String name, String function, Instant at) {
        sheet.cell(grid, sheet.both(partyKey));
        if (at == null) {
            sheet.cell(grid, sheet.both("la.notSigned"));
            sheet.cell(grid, function);
            sheet.cell(grid, "");
        } else {
            sheet.cell(grid, name);
            sheet.cell(grid, function);
            sheet.cell(grid, DAY.format(SchoolTime.toLocal(at)));
        }
    }

    private void tableA2() throws DocumentException {
        sheet.heading("la.tableA2");
        PdfPTable a2 = sheet.table();
        sheet.row(a2, "la.changeReason", agreement.getChangeReason());
        if (previous != null) {
            if (!previous.getPlannedStart().equals(agreement.getPlannedStart())
                    || !previous.getPlannedEnd().equals(agreement.getPlannedEnd())) {
                sheet.row(a2, "la.plannedPeriod", sheet.bothWith("la.changedFrom", l -> new Object[] {
                    Messages.text(l, "la.fromTo", day(previous.getPlannedStart()), day(previous.getPlannedEnd()), previous.getDays()),
                    Messages.text(l, "la.fromTo", day(agreement.getPlannedStart()), day(agreement.getPlannedEnd()), agreement.getDays())}));
            }
            for (Field field : TABLE_A) {
                String was = field.value().apply(previous);
                String is = field.value().apply(agreement);
                if (!Objects.equals(AgreementWords.join("", was), AgreementWords.join("", is))) {
                    sheet.row(a2, field.labelKey(), AgreementWords.present(is) ? is : sheet.both("la.removed"));
                }
            }
        }
        sheet.add(a2);
    }

    private void tableD() throws DocumentException {
        HostOrganisation host = placement.getHost();
        sheet.heading("la.tableD");
        PdfPTable d = sheet.table();
        sheet.row(d, "la.traineeName", placement.getStudent().getFullName());
        sheet.row(d, "la.receivingName", host.getName());
        sheet.row(d, "la.sector", sheet.both(l -> AgreementWords.sector(host.getType(), l)));
        sheet.row(d, "la.address", AgreementWords.join(", ", host.getAddress(), host.getCity(),
                sheet.both(l -> AgreementWords.country(host.getCountry(), l))));
        sheet.row(d, "la.website", host.getWebsite());
        sheet.row(d, "la.actualPeriod", sheet.both("la.between", day(placement.getActualStart()), day(placement.getActualEnd())));
        sheet.row(d, "la.traineeshipTitle", agreement.getTitle());
        sheet.row(d, "la.tasksDone", placement.getCertTasks());
        sheet.row(d, "la.skillsAcquired", placement.getCertOutcomes());
        sheet.row(d, "la.evaluation", placement.getCertEvaluation());
        sheet.row(d, "la.certifiedBy", AgreementWords.join(" — ", placement.getCertBy(),
                placement.getCertAt() == null ? null : DAY.format(SchoolTime.toLocal(placement.getCertAt()))));
        sheet.add(d);
    }

    private String yesNo(boolean value) {
        return sheet.both(l -> AgreementWords.yesNo(value, l));
    }

    private static String person(String name, String position, String email, String phone) {
        return AgreementWords.present(name) ? AgreementWords.join(" ; ", name, position, email, phone) : "";
    }

    private static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** A free-text field of Table A, which an amendment's Table A2 compares with the version before. */
    private record Field(String labelKey, Function<LearningAgreement, String> value) {
    }

    private static final List<Field> TABLE_A = List.of(
            new Field("la.traineeshipTitle", LearningAgreement::getTitle),
            new Field("la.hoursPerWeek", a -> String.valueOf(a.getHoursPerWeek())),
            new Field("la.detailedProgramme", LearningAgreement::getProgramme),
            new Field("la.skills", LearningAgreement::getSkills),
            new Field("la.monitoringPlan", LearningAgreement::getMonitoringPlan),
            new Field("la.evaluationPlan", LearningAgreement::getEvaluationPlan));
}

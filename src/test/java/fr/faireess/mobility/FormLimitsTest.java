package fr.faireess.mobility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import fr.faireess.mobility.application.ApplicationRules;
import fr.faireess.mobility.application.WishForm;
import fr.faireess.mobility.budget.PaymentForm;
import fr.faireess.mobility.budget.PaymentSchedule;
import fr.faireess.mobility.call.CallForm;
import fr.faireess.mobility.call.CallFormRule;
import fr.faireess.mobility.grant.GrantFactsForm;
import fr.faireess.mobility.grant.GrantFactsRule;
import fr.faireess.mobility.host.HostForm;
import fr.faireess.mobility.module.GuestForm;
import fr.faireess.mobility.module.IncidentForm;
import fr.faireess.mobility.module.IncidentGrid;
import fr.faireess.mobility.module.SessionForm;
import fr.faireess.mobility.placement.AgreementForm;
import fr.faireess.mobility.placement.CertificateForm;
import fr.faireess.mobility.placement.Placement;
import fr.faireess.mobility.placement.PlacementForm;
import fr.faireess.mobility.platform.error.FieldLimits;
import fr.faireess.mobility.reference.CampusForm;
import fr.faireess.mobility.reference.CampusRule;
import fr.faireess.mobility.reference.ProgrammeForm;
import fr.faireess.mobility.reference.ProgrammeRule;
import fr.faireess.mobility.testimony.ConsentForm;
import fr.faireess.mobility.testimony.Testimony;
import fr.faireess.mobility.testimony.TestimonyConsent;
import fr.faireess.mobility.testimony.TestimonyForm;

/**
 * Every form's field limits, through a real Validator: a text at its limit passes, one character
 * more is refused on that field with the message the page and the API show. The same figures as the
 * columns they are stored in.
 */
class FormLimitsTest {

    /** One limited field: a form (valid otherwise), how to type into the field, its name, limit and message. */
    record Limit(String name, Supplier<Object> form, BiConsumer<Object, String> type, int max, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    @SuppressWarnings("unchecked")
    private static <F> Limit limit(String field, Supplier<F> form, BiConsumer<F, String> type, int max, String key) {
        String name = form.get().getClass().getSimpleName() + "." + field;
        return new Limit(name, (Supplier<Object>) form, (BiConsumer<Object, String>) type, max, field + ":" + key + "[" + max + "]");
    }

    private static CallForm titledCall() {
        CallForm form = new CallForm();
        form.setTitle("Appel");
        return form;
    }

    static Stream<Limit> limits() {
        String tooLong = "field.tooLong";
        return Stream.of(
                limit("department", PlacementForm::new, PlacementForm::setDepartment, 200, tooLong),
                limit("title", AgreementForm::new, AgreementForm::setTitle, 200, tooLong),
                limit("programme", AgreementForm::new, AgreementForm::setProgramme, Placement.TEXT_MAX, tooLong),
                limit("skills", AgreementForm::new, AgreementForm::setSkills, Placement.TEXT_MAX, tooLong),
                limit("monitoringPlan", AgreementForm::new, AgreementForm::setMonitoringPlan, Placement.TEXT_MAX, tooLong),
                limit("evaluationPlan", AgreementForm::new, AgreementForm::setEvaluationPlan, Placement.TEXT_MAX, tooLong),
                limit("changeReason", AgreementForm::new, AgreementForm::setChangeReason, Placement.TEXT_MAX, tooLong),
                limit("virtualComponent", AgreementForm::new, AgreementForm::setVirtualComponent, Placement.TEXT_MAX, tooLong),
                limit("financialSupport", AgreementForm::new, AgreementForm::setFinancialSupport, 500, tooLong),
                limit("inKindSupport", AgreementForm::new, AgreementForm::setInKindSupport, 500, tooLong),
                limit("supervisorName", AgreementForm::new, AgreementForm::setSupervisorName, 120, tooLong),
                limit("supervisorPosition", AgreementForm::new, AgreementForm::setSupervisorPosition, 120, tooLong),
                limit("supervisorEmail", AgreementForm::new, AgreementForm::setSupervisorEmail, 254, tooLong),
                limit("supervisorPhone", AgreementForm::new, AgreementForm::setSupervisorPhone, 40, tooLong),
                limit("tasks", CertificateForm::new, CertificateForm::setTasks, Placement.TEXT_MAX, tooLong),
                limit("outcomes", CertificateForm::new, CertificateForm::setOutcomes, Placement.TEXT_MAX, tooLong),
                limit("evaluation", CertificateForm::new, CertificateForm::setEvaluation, Placement.TEXT_MAX, tooLong),
                limit("note", PaymentForm::new, PaymentForm::setNote, PaymentSchedule.NOTE_MAX, tooLong),
                limit("forceMajeureExplanation", GrantFactsForm::new, GrantFactsForm::setForceMajeureExplanation,
                        GrantFactsRule.EXPLANATION_MAX, "grant.facts.explanationTooLong"),
                limit("title", FormLimitsTest::titledCall, CallForm::setTitle, CallFormRule.TITLE_MAX, tooLong),
                limit("description", FormLimitsTest::titledCall, CallForm::setDescription, CallFormRule.DESCRIPTION_MAX, tooLong),
                limit("city", WishForm::new, WishForm::setCity, ApplicationRules.CITY_MAX, tooLong),
                limit("reason", WishForm::new, WishForm::setReason, ApplicationRules.REASON_MAX,
                        "application.wish.reasonTooLong"),
                limit("title", TestimonyForm::new, TestimonyForm::setTitle, Testimony.TITLE_MAX,
                        "testimony.title.tooLong"),
                limit("summary", TestimonyForm::new, TestimonyForm::setSummary, Testimony.SUMMARY_MAX,
                        "testimony.summary.tooLong"),
                limit("body", TestimonyForm::new, TestimonyForm::setBody, Testimony.BODY_MAX,
                        "testimony.body.tooLong"),
                limit("personName", ConsentForm::new, ConsentForm::setPersonName, TestimonyConsent.NAME_MAX, tooLong),
                limit("signedBy", ConsentForm::new, ConsentForm::setSignedBy, TestimonyConsent.NAME_MAX, tooLong),
                limit("title", SessionForm::new, SessionForm::setTitle, 200, tooLong),
                limit("trainerNotes", SessionForm::new, SessionForm::setTrainerNotes, 4000, tooLong),
                limit("fullName", GuestForm::new, GuestForm::setFullName, 120, tooLong),
                limit("organisation", GuestForm::new, GuestForm::setOrganisation, 200, tooLong),
                limit("title", IncidentForm::new, IncidentForm::setTitle, IncidentGrid.MAX_TITLE, tooLong),
                limit("situation", IncidentForm::new, IncidentForm::setSituation, IncidentGrid.MAX_TEXT,
                        "module.incident.tooLong"),
                limit("learning", IncidentForm::new, IncidentForm::setLearning, IncidentGrid.MAX_TEXT,
                        "module.incident.tooLong"),
                limit("department", CampusForm::new, CampusForm::setDepartment, CampusRule.DEPARTMENT_MAX,
                        "reference.campus.tooLong"),
                limit("address", CampusForm::new, CampusForm::setAddress, CampusRule.ADDRESS_MAX,
                        "reference.campus.tooLong"),
                limit("diplomaFr", ProgrammeForm::new, ProgrammeForm::setDiplomaFr, ProgrammeRule.DIPLOMA_MAX,
                        "reference.programme.diplomaTooLong"),
                limit("diplomaEn", ProgrammeForm::new, ProgrammeForm::setDiplomaEn, ProgrammeRule.DIPLOMA_MAX,
                        "reference.programme.diplomaTooLong"),
                limit("name", HostForm::new, HostForm::setName, HostForm.NAME_MAX, tooLong),
                limit("address", HostForm::new, HostForm::setAddress, HostForm.ADDRESS_MAX, tooLong),
                limit("city", HostForm::new, HostForm::setCity, HostForm.CITY_MAX, tooLong),
                limit("website", HostForm::new, HostForm::setWebsite, HostForm.WEBSITE_MAX, tooLong),
                limit("notes", HostForm::new, HostForm::setNotes, HostForm.NOTES_MAX, tooLong),
                limit("fullName", HostForm.ContactForm::new, HostForm.ContactForm::setFullName, HostForm.CONTACT_NAME_MAX, tooLong),
                limit("jobTitle", HostForm.ContactForm::new, HostForm.ContactForm::setJobTitle, HostForm.CONTACT_ROLE_MAX, tooLong),
                limit("phone", HostForm.ContactForm::new, HostForm.ContactForm::setPhone, HostForm.CONTACT_PHONE_MAX, tooLong));
    }

    private static String outcome(Limit limit, String text) {
        Object form = limit.form().get();
        limit.type().accept(form, text);
        return FieldLimits.firstViolation(form)
                .map(e -> e.field().orElse("") + ":" + e.messageKey() + List.of(e.arguments()))
                .orElse("ok");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("limits")
    void aTextAtItsLimitPassesOneMoreCharacterIsRefused(Limit limit) {
        assertThat(outcome(limit, "x".repeat(limit.max()))).isEqualTo("ok");
        assertThat(outcome(limit, "x".repeat(limit.max() + 1))).isEqualTo(limit.expected());
    }
}

package fr.faireess.mobility.placement;

import java.util.Optional;

import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.FieldLimits;

/**
 * What an agreement version must hold to be saved: hours a week between 1 and
 * {@value #MAX_HOURS}, texts within their sizes, a CEFR level, ECTS credits when the traineeship
 * is embedded in the curriculum, a supervisor's e-mail that reads as one, and the reason for an
 * amendment (Table A2). The period is judged
 * by {@link PlacementDuration}.
 */
public final class AgreementContentRule {

    public static final int MAX_HOURS = 48;
    public static final int MAX_ECTS = 60;

    private AgreementContentRule() {
    }

    public static Optional<BusinessException> refusal(AgreementForm form, boolean amendment) {
        if (form.getHoursPerWeek() == null || form.getHoursPerWeek() < 1 || form.getHoursPerWeek() > MAX_HOURS) {
            return Optional.of(new BusinessException("hoursPerWeek", "placement.hours.invalid", MAX_HOURS));
        }
        // The texts' sizes are the form's limits (@Size on AgreementForm).
        Optional<BusinessException> limit = FieldLimits.firstViolation(form);
        if (limit.isPresent()) {
            return limit;
        }
        if (form.getSupervisorEmail() != null && !form.getSupervisorEmail().isBlank()
                && !form.getSupervisorEmail().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            return Optional.of(new BusinessException("supervisorEmail", "agreement.supervisorEmail.invalid"));
        }
        if (form.getLanguageLevel() != null && !LearningAgreement.LANGUAGE_LEVELS.contains(form.getLanguageLevel())) {
            return Optional.of(new BusinessException("languageLevel", "agreement.languageLevel.invalid"));
        }
        if (form.getRecognition() == Recognition.EMBEDDED
                && (form.getEctsCredits() == null || form.getEctsCredits() < 1 || form.getEctsCredits() > MAX_ECTS)) {
            return Optional.of(new BusinessException("ectsCredits", "agreement.ects.required", MAX_ECTS));
        }
        if (amendment && (form.getChangeReason() == null || form.getChangeReason().isBlank())) {
            return Optional.of(new BusinessException("changeReason", "agreement.changeReason.required"));
        }
        return Optional.empty();
    }
}

package fr.faireess.mobility.placement;

import java.util.Optional;

import fr.faireess.mobility.platform.error.BusinessException;

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
        if (tooLong(form.getTitle(), 200)) {
            return Optional.of(new BusinessException("title", "field.tooLong"));
        }
        for (String[] text : new String[][] {{"programme", form.getProgramme()}, {"skills", form.getSkills()},
                {"monitoringPlan", form.getMonitoringPlan()}, {"evaluationPlan", form.getEvaluationPlan()},
                {"changeReason", form.getChangeReason()}, {"virtualComponent", form.getVirtualComponent()}}) {
            if (tooLong(text[1], Placement.TEXT_MAX)) {
                return Optional.of(new BusinessException(text[0], "field.tooLong"));
            }
        }
        if (tooLong(form.getFinancialSupport(), 500)) {
            return Optional.of(new BusinessException("financialSupport", "field.tooLong"));
        }
        if (tooLong(form.getInKindSupport(), 500)) {
            return Optional.of(new BusinessException("inKindSupport", "field.tooLong"));
        }
        for (Object[] text : new Object[][] {{"supervisorName", form.getSupervisorName(), 120},
                {"supervisorPosition", form.getSupervisorPosition(), 120}, {"supervisorEmail", form.getSupervisorEmail(), 254},
                {"supervisorPhone", form.getSupervisorPhone(), 40}}) {
            if (tooLong((String) text[1], (Integer) text[2])) {
                return Optional.of(new BusinessException((String) text[0], "field.tooLong"));
            }
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

    private static boolean tooLong(String text, int max) {
        return text != null && text.length() > max;
    }
}

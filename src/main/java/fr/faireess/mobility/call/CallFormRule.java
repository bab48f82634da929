package fr.faireess.mobility.call;

import java.util.Optional;

import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.FieldLimits;

/** Checks a call form field by field, in plain Java; the first problem names its field. */
public final class CallFormRule {

    public static final int MAX_PLACES = 500;
    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 10_000;

    private CallFormRule() {
    }

    public static Optional<BusinessException> problem(CallForm form) {
        // The title (required, TITLE_MAX) and the description (DESCRIPTION_MAX) are the form's limits.
        Optional<BusinessException> limit = FieldLimits.firstViolation(form);
        if (limit.isPresent()) {
            return limit;
        }
        if (form.getAcademicYear() == null) {
            return fail("academicYear", "call.academicYear.required");
        }
        if (form.getOpensAt() == null) {
            return fail("opensAt", "call.opensAt.required");
        }
        if (form.getClosesAt() == null) {
            return fail("closesAt", "call.closesAt.required");
        }
        if (!form.getClosesAt().isAfter(form.getOpensAt())) {
            return fail("closesAt", "call.closesAt.beforeOpening");
        }
        if (form.getPlaces() == null || form.getPlaces() < 1 || form.getPlaces() > MAX_PLACES) {
            return fail("places", "call.places.invalid", MAX_PLACES);
        }
        if (form.getCampuses().isEmpty()) {
            return fail("campuses", "call.campuses.required");
        }
        if (form.getProgrammes().isEmpty()) {
            return fail("programmes", "call.programmes.required");
        }
        if (form.getStudyYears().isEmpty()) {
            return fail("studyYears", "call.studyYears.required");
        }
        return Optional.empty();
    }

    private static Optional<BusinessException> fail(String field, String key, Object... args) {
        return Optional.of(new BusinessException(field, key, args));
    }
}

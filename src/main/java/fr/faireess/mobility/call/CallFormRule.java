package fr.faireess.mobility.call;

import java.util.Optional;

import fr.faireess.mobility.platform.error.BusinessException;

/** Checks a call form field by field, in plain Java; the first problem names its field. */
public final class CallFormRule {

    public static final int MAX_PLACES = 500;

    private CallFormRule() {
    }

    public static Optional<BusinessException> problem(CallForm form) {
        if (form.getTitle() == null || form.getTitle().isBlank()) {
            return fail("title", "call.title.required");
        }
        if (form.getTitle().trim().length() > 200) {
            return fail("title", "field.tooLong");
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
        if (form.getDescription() != null && form.getDescription().length() > 10_000) {
            return fail("description", "field.tooLong");
        }
        return Optional.empty();
    }

    private static Optional<BusinessException> fail(String field, String key, Object... args) {
        return Optional.of(new BusinessException(field, key, args));
    }
}

package fr.faireess.mobility.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.FieldLimits;
import fr.faireess.mobility.reference.ErasmusDuration;

/**
 * What an application must look like, in plain Java. A draft may be incomplete but what is there
 * must be right ({@link #draftProblem}); a submission must also be complete ({@link #submitProblem}).
 * Each problem names the form field it belongs to.
 */
public final class ApplicationRules {

    public static final int MOTIVATION_MIN = 200;
    public static final int MOTIVATION_MAX = 4000;
    public static final int REASON_MAX = 1000;
    public static final int CITY_MAX = 120;

    /** Languages a placement may be worked in (ISO 639-1), as offered in the form. */
    public static final List<String> LANGUAGES = List.of("fr", "en", "es", "ca", "it", "pt", "de", "nl", "ro", "pl",
            "el", "sv", "ar", "other");

    private ApplicationRules() {
    }

    /**
     * The message key of the "next step" sentence shown to the student: a file still in the student's
     * hands (draft, changes requested) whose call has closed can no longer be submitted, whatever its status says.
     */
    public static String nextStepKey(ApplicationStatus status, boolean callOpen) {
        return status.editableByStudent() && !callOpen ? "application.next.closed" : "application.next." + status.name();
    }

    public static Optional<BusinessException> draftProblem(ApplicationForm form) {
        List<WishForm> wishes = form.getWishes();
        if (wishes.size() > ApplicationForm.WISHES) {
            return fail("wishes", "application.wishes.tooMany");
        }
        Set<Long> hosts = new HashSet<>();
        boolean gap = false;
        for (int i = 0; i < wishes.size(); i++) {
            WishForm wish = wishes.get(i);
            String prefix = "wish" + (i + 1);
            if (!wish.isFilled()) {
                gap = true;
                if (wish.getCity() != null || wish.getReason() != null || wish.getHostType() != null) {
                    return fail(prefix + "Country", "application.wish.countryRequired");
                }
                continue;
            }
            if (gap) {
                return fail(prefix + "Host", "application.wish.gap");
            }
            if (wish.isFromDirectory() && !hosts.add(wish.getHostId())) {
                return fail(prefix + "Host", "application.wish.duplicate");
            }
            // CITY_MAX and REASON_MAX are the row's limits (@Size on WishForm); the page names the row's
            // fields "wish1City", "wish1Reason"…
            Optional<BusinessException> limit = FieldLimits.firstViolation(wish)
                    .map(e -> new BusinessException(prefix + capitalized(e.field().orElseThrow()), e.messageKey(), e.arguments()));
            if (limit.isPresent()) {
                return limit;
            }
        }
        if (form.getStartOn() != null && form.getEndOn() != null) {
            if (form.getEndOn().isBefore(form.getStartOn())) {
                return fail("endOn", "application.period.endBeforeStart");
            }
            int days = ErasmusDuration.days(form.getStartOn(), form.getEndOn());
            if (days < ErasmusDuration.MIN_DAYS) {
                return fail("endOn", "application.period.tooShort", days, ErasmusDuration.MIN_DAYS);
            }
            if (days > ErasmusDuration.MAX_DAYS) {
                return fail("endOn", "application.period.tooLong", days, ErasmusDuration.MAX_DAYS);
            }
        }
        if (form.getWorkingLanguage() != null && !LANGUAGES.contains(form.getWorkingLanguage())) {
            return fail("workingLanguage", "application.language.unknown");
        }
        // Not a Bean Validation limit: the message also tells how many characters were typed.
        if (form.getMotivation() != null && form.getMotivation().length() > MOTIVATION_MAX) {
            return fail("motivation", "application.motivation.tooLong", MOTIVATION_MAX, form.getMotivation().length());
        }
        return Optional.empty();
    }

    /**
     * Complete and right; {@code documents} are the kinds already uploaded. The first problem comes
     * back with every other missing field attached ({@link BusinessException#all()}), so the student
     * sees all that is left to fill in at once.
     */
    public static Optional<BusinessException> submitProblem(ApplicationForm form, Set<DocumentKind> documents) {
        List<BusinessException> problems = new ArrayList<>();
        Optional<BusinessException> wrong = draftProblem(form);
        wrong.ifPresent(problems::add);
        boolean wishAlreadyFlagged = wrong.flatMap(BusinessException::field).filter(f -> f.startsWith("wish")).isPresent();
        if (!wishAlreadyFlagged && form.getWishes().stream().noneMatch(WishForm::isFilled)) {
            problems.add(new BusinessException("wish1Host", "application.wishes.required"));
        }
        if (form.getStartOn() == null) {
            problems.add(new BusinessException("startOn", "application.period.startRequired"));
        }
        if (form.getEndOn() == null) {
            problems.add(new BusinessException("endOn", "application.period.endRequired"));
        }
        if (form.getWorkingLanguage() == null) {
            problems.add(new BusinessException("workingLanguage", "application.language.required"));
        }
        if (form.getCefrLevel() == null) {
            problems.add(new BusinessException("cefrLevel", "application.cefr.required"));
        }
        if (form.getMotivation() == null || form.getMotivation().length() < MOTIVATION_MIN) {
            problems.add(new BusinessException("motivation", "application.motivation.tooShort", MOTIVATION_MIN,
                    form.getMotivation() == null ? 0 : form.getMotivation().length()));
        }
        if (!documents.contains(DocumentKind.CV)) {
            problems.add(new BusinessException("cv", "application.document.cvRequired"));
        }
        if (!documents.contains(DocumentKind.LETTER)) {
            problems.add(new BusinessException("letter", "application.document.letterRequired"));
        }
        // One message per field: a wrong value (from the draft checks) wins over "missing".
        Set<String> seen = new HashSet<>();
        problems.removeIf(p -> !seen.add(p.field().orElse("")));
        return problems.isEmpty() ? Optional.empty() : Optional.of(problems.get(0).with(problems));
    }

    private static Optional<BusinessException> fail(String field, String key, Object... args) {
        return Optional.of(new BusinessException(field, key, args));
    }

    private static String capitalized(String property) {
        return Character.toUpperCase(property.charAt(0)) + property.substring(1);
    }
}

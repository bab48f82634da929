package fr.faireess.mobility.reference;

import java.util.Optional;
import java.util.regex.Pattern;

import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.FieldLimits;

/**
 * What a programme's reporting data must look like. The ISCED-F 2013 detailed field is four digits
 * (0923 = social work and counselling), as the Beneficiary Module asks for it; the diploma names are
 * printed on agreements and pages, so they are required and fit their column (200 characters).
 */
public final class ProgrammeRule {

    public static final int DIPLOMA_MAX = 200;

    private static final Pattern ISCED_F = Pattern.compile("\\d{4}");

    private ProgrammeRule() {
    }

    /** Why {@code form} cannot be saved; field names are those of the programme page. */
    public static Optional<BusinessException> refusal(ProgrammeForm form) {
        String isced = form.iscedCodeStripped();
        if (isced == null || !ISCED_F.matcher(isced).matches()) {
            return Optional.of(new BusinessException("iscedCode", "reference.programme.iscedInvalid"));
        }
        String french = form.diplomaFrStripped();
        if (french == null || french.isEmpty()) {
            return Optional.of(new BusinessException("diplomaFr", "reference.programme.diplomaRequired"));
        }
        String english = form.diplomaEnStripped();
        if (english == null || english.isEmpty()) {
            return Optional.of(new BusinessException("diplomaEn", "reference.programme.diplomaRequired"));
        }
        // The diplomas' length is the form's limit (@Size, DIPLOMA_MAX).
        return FieldLimits.firstViolation(form);
    }
}

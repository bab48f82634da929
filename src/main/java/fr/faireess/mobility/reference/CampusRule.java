package fr.faireess.mobility.reference;

import java.util.Optional;
import java.util.regex.Pattern;

import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.FieldLimits;

/**
 * What a campus's sending-institution details must look like. Every field may stay empty (not
 * known yet: the agreement prints a blank the school fills by hand), but what is given must be
 * usable outside the school:
 * <ul>
 * <li>the Erasmus code of a higher-education institution holding the ECHE is the country's EU code
 * padded to three characters, a city abbreviation and a number ("F  PERPIGN05", "E  BARCELO02");
 * it must fit its column (20);</li>
 * <li>a phone number is what a host abroad can dial: digits, spaces, dots, dashes, brackets, a
 * leading "+", with at least six digits;</li>
 * <li>the texts fit their columns (declared on {@link CampusForm} with {@code @Size}).</li>
 * </ul>
 */
public final class CampusRule {

    public static final int ERASMUS_CODE_MAX = 20;
    public static final int DEPARTMENT_MAX = 200;
    public static final int ADDRESS_MAX = 255;
    public static final int PHONE_MAX = 40;

    private static final Pattern ERASMUS_CODE = Pattern.compile("[A-Z]{1,3} {0,2}[A-Z][A-Z-]{1,7}\\d{2,3}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .()\\-]+");

    private CampusRule() {
    }

    /** Why {@code form} cannot be saved; field names are those of the campus page. */
    public static Optional<BusinessException> refusal(CampusForm form) {
        String code = form.erasmusCodeStored();
        if (code != null && (code.length() > ERASMUS_CODE_MAX || !ERASMUS_CODE.matcher(code).matches())) {
            return Optional.of(new BusinessException("erasmusCode", "reference.campus.erasmusCodeInvalid"));
        }
        // The department and address limits are the form's (@Size, DEPARTMENT_MAX and ADDRESS_MAX).
        Optional<BusinessException> limit = FieldLimits.firstViolation(form);
        if (limit.isPresent()) {
            return limit;
        }
        String phone = form.phoneStored();
        if (phone != null && (phone.length() > PHONE_MAX || !PHONE.matcher(phone).matches()
                || phone.chars().filter(Character::isDigit).count() < 6)) {
            return Optional.of(new BusinessException("phone", "reference.campus.phoneInvalid"));
        }
        return Optional.empty();
    }
}

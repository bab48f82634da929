package fr.faireess.mobility.platform.error;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;

/**
 * The field limits a form declares with Bean Validation ({@code @Size}, {@code @NotBlank},
 * {@code @Email}…), turned into the {@link BusinessException} the services throw for every other
 * rule: the constraint's message template is a bundle key ({@code "{field.tooLong}"}), the limit
 * ({@code max} of {@code @Size}, {@code value} of {@code @Max}) its argument {0}, the property the
 * field. Faces checks the same annotations on the page (the message from {@code ValidationMessages},
 * next to the field); the services check them again here, so a REST call or any other caller meets
 * the same limits, and the message is resolved in the caller's language like any business error.
 *
 * <p>Only the form's own properties are looked at; a form with rows (guests, wishes, contacts)
 * checks each row itself and names the row's field as its page does.
 */
public final class FieldLimits {

    private static volatile Validator validator;

    private FieldLimits() {
    }

    /** The first limit {@code form} breaks, in the order its fields are declared. */
    public static Optional<BusinessException> firstViolation(Object form) {
        List<String> order = Arrays.stream(form.getClass().getDeclaredFields()).map(Field::getName).toList();
        return validator().validate(form).stream()
                .filter(v -> !v.getPropertyPath().toString().contains("."))
                .min(Comparator.comparingInt((ConstraintViolation<Object> v) -> position(order, v))
                        .thenComparing(v -> v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()))
                .map(FieldLimits::toException);
    }

    /** Throws the first limit {@code form} breaks, if any. */
    public static void check(Object form) {
        firstViolation(form).ifPresent(e -> {
            throw e;
        });
    }

    private static int position(List<String> order, ConstraintViolation<Object> violation) {
        int index = order.indexOf(violation.getPropertyPath().toString());
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    private static BusinessException toException(ConstraintViolation<Object> violation) {
        String template = violation.getMessageTemplate();
        String key = template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1) : template;
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        Object limit = violation.getConstraintDescriptor().getAnnotation() instanceof Size ? attributes.get("max")
                : attributes.get("value");
        String field = violation.getPropertyPath().toString();
        return limit == null ? new BusinessException(field, key) : new BusinessException(field, key, limit);
    }

    /** The default Bean Validation provider's validator (the server's, or Hibernate Validator in the unit tests). */
    public static Validator validator() {
        Validator current = validator;
        if (current == null) {
            synchronized (FieldLimits.class) {
                if (validator == null) {
                    validator = Validation.buildDefaultValidatorFactory().getValidator();
                }
                current = validator;
            }
        }
        return current;
    }
}

package fr.faireess.mobility.platform.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.junit.jupiter.api.Test;

/** A form's Bean Validation limits as the services' business errors, through a real Validator. */
class FieldLimitsTest {

    static class Row {
        @Size(max = 2, message = "{field.tooLong}")
        String text;

        Row(String text) {
            this.text = text;
        }
    }

    static class Form {
        @NotBlank(message = "{test.title.required}")
        @Size(max = 5, message = "{test.title.tooLong}")
        String title;
        @Max(value = 10, message = "{test.count.invalid}")
        Integer count;
        @Size(max = 3, message = "{field.tooLong}")
        String notes;
        @Valid
        List<Row> rows = List.of();
    }

    private static Form form(String title, Integer count, String notes) {
        Form form = new Form();
        form.title = title;
        form.count = count;
        form.notes = notes;
        return form;
    }

    private static String outcome(Object form) {
        return FieldLimits.firstViolation(form)
                .map(e -> e.field().orElse("") + ":" + e.messageKey() + List.of(e.arguments())).orElse("ok");
    }

    @Test
    void withinItsLimitsAFormPasses() {
        assertThat(outcome(form("12345", 10, "abc"))).isEqualTo("ok");
        assertThat(outcome(form("x", null, null))).isEqualTo("ok");
    }

    @Test
    void theTemplateIsTheKeyAndTheLimitItsArgument() {
        assertThat(outcome(form("123456", null, null))).isEqualTo("title:test.title.tooLong[5]");
        assertThat(outcome(form("x", 11, null))).isEqualTo("count:test.count.invalid[10]");
        assertThat(outcome(form(" ", null, null))).isEqualTo("title:test.title.required[]");
    }

    @Test
    void theFirstFieldInTheFormsOrderIsReported() {
        assertThat(outcome(form("x", 11, "abcd"))).isEqualTo("count:test.count.invalid[10]");
        assertThat(outcome(form("123456", 11, "abcd"))).isEqualTo("title:test.title.tooLong[5]");
        assertThat(outcome(form("x", null, "abcd"))).isEqualTo("notes:field.tooLong[3]");
    }

    @Test
    void rowsAreTheCallersToCheckAndName() {
        Form form = form("x", null, null);
        form.rows = List.of(new Row("abc"));
        assertThat(outcome(form)).isEqualTo("ok");
        assertThat(outcome(form.rows.get(0))).isEqualTo("text:field.tooLong[2]");
    }

    @Test
    void checkThrowsTheFirstProblem() {
        assertThatThrownBy(() -> FieldLimits.check(form("x", null, "abcd")))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.field()).contains("notes"));
    }
}

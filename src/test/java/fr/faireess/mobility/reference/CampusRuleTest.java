package fr.faireess.mobility.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A campus's sending-institution details: optional, but usable abroad when given. */
class CampusRuleTest {

    private static String outcome(String code, String department, String address, String phone) {
        return CampusRule.refusal(new CampusForm(code, department, address, phone, 0))
                .map(e -> e.field().orElse("") + ":" + e.messageKey()).orElse("ok");
    }

    private static String code(String code) {
        return outcome(code, null, null, null);
    }

    @ParameterizedTest(name = "Erasmus code \"{0}\" → {1}")
    @CsvSource({
            "'F  PERPIGN05', ok",
            "'f  perpign05', ok",
            "'  F  MONTPEL54 ', ok",
            "'E  BARCELO02', ok",
            "'D  BERLIN01',  ok",
            "'FPARIS001',    ok",
            "'',             ok",
            "'   ',          ok",
            ",               ok",
            "'PERPIGNAN',    erasmusCode:reference.campus.erasmusCodeInvalid",
            "'F PERPIGN',    erasmusCode:reference.campus.erasmusCodeInvalid",
            "'12345',        erasmusCode:reference.campus.erasmusCodeInvalid",
            "'F  PERPIGN05;DROP', erasmusCode:reference.campus.erasmusCodeInvalid",
            "'F     PERPIGN05', erasmusCode:reference.campus.erasmusCodeInvalid"
    })
    void anErasmusCodeIsACountryACityAndANumber(String code, String expected) {
        assertThat(code(code)).isEqualTo(expected.strip());
    }

    @ParameterizedTest(name = "phone \"{0}\" → {1}")
    @CsvSource({
            "'+33 4 68 00 00 00', ok",
            "'04.68.00.00.00',    ok",
            "'(0)4 68-00-00-00',  ok",
            "'',                  ok",
            "'12345',             phone:reference.campus.phoneInvalid",
            "'+33 4 68 00 00 00 poste 12', phone:reference.campus.phoneInvalid",
            "'++33468000000',     phone:reference.campus.phoneInvalid",
            "'<script>',          phone:reference.campus.phoneInvalid"
    })
    void aPhoneNumberCanBeDialledFromAbroad(String phone, String expected) {
        assertThat(outcome(null, null, null, phone)).isEqualTo(expected.strip());
    }

    @Test
    void textsFitTheirColumns() {
        assertThat(outcome(null, "D".repeat(CampusRule.DEPARTMENT_MAX), "A".repeat(CampusRule.ADDRESS_MAX), null)).isEqualTo("ok");
        assertThat(outcome(null, "D".repeat(CampusRule.DEPARTMENT_MAX + 1), null, null))
                .isEqualTo("department:reference.campus.tooLong");
        assertThat(outcome(null, null, "A".repeat(CampusRule.ADDRESS_MAX + 1), null))
                .isEqualTo("address:reference.campus.tooLong");
        assertThat(outcome(null, null, null, "1".repeat(CampusRule.PHONE_MAX + 1)))
                .isEqualTo("phone:reference.campus.phoneInvalid");
    }

    @Test
    void theCodeIsStoredInUpperCaseAndEmptyFieldsAsNothing() {
        CampusForm form = new CampusForm(" f  perpign05 ", "  ", "", null, 0);
        assertThat(form.erasmusCodeStored()).isEqualTo("F  PERPIGN05");
        assertThat(form.departmentStored()).isNull();
        assertThat(form.addressStored()).isNull();
        assertThat(form.phoneStored()).isNull();
    }
}

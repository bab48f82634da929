package fr.faireess.mobility.budget.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import fr.faireess.mobility.budget.PaymentService.ExportRow;
import fr.faireess.mobility.platform.i18n.Messages;

/**
 * The columns of the payments export: the day, the beneficiary and its agreement number, the kind,
 * the amount (a recovery negative, with a dot as decimal mark so that an accounting import reads it
 * the same whatever its language), the student, the campus, the host, the placement, the note.
 */
final class PaymentExport {

    private static final List<String> HEADER = Arrays.asList("budget.export.date", "budget.beneficiary",
            "budget.agreementNumber", "budget.export.kind", "budget.export.amount", "budget.export.student",
            "budget.export.email", "budget.export.campus", "budget.export.host", "budget.export.placement",
            "budget.export.note", "budget.export.recordedBy");

    private PaymentExport() {
    }

    static List<String> header(Locale locale) {
        return HEADER.stream().map(key -> Messages.text(locale, key)).toList();
    }

    static List<Object> row(ExportRow row, Locale locale) {
        var p = row.payment();
        var placement = row.placement();
        return Arrays.asList(p.getPaidOn(), row.beneficiary(), row.agreementNumber(),
                Messages.text(locale, p.getKind().labelKey()), p.getAmount(), placement.getStudent().getFullName(),
                placement.getStudent().getEmail(), placement.getStudent().getCampus().getName(), placement.getHost().getName(),
                placement.getId().intValue(), p.getNote(), p.getRecordedBy());
    }
}

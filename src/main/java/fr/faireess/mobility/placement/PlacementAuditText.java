package fr.faireess.mobility.placement;

import java.time.LocalDate;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The readable detail of a placement history line. The audit log stores details in a stable,
 * language-neutral form ("v2 MENTOR_LINK Inês Costa", "LANGUAGE", ISO dates) so that it stays
 * searchable and exact; this turns them into the reader's language ("version 2 — Structure d'accueil
 * (lien personnel) : Inês Costa", "Évaluation de langue faite", "4 janv. 2027").
 */
public final class PlacementAuditText {

    private static final Pattern SIGNED = Pattern.compile("v(\\d+) (STUDENT|COORDINATOR|MENTOR_LINK|MENTOR_SCAN) (.+)", Pattern.DOTALL);
    private static final Pattern VERSION = Pattern.compile("v(\\d+)");
    private static final Pattern ISO_DAY = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

    private PlacementAuditText() {
    }

    /**
     * @param text  message key (and arguments) → text in the reader's language
     * @param day   a date → text in the reader's language
     */
    public static String detail(String action, String detail, BiFunction<String, Object[], String> text,
                                Function<LocalDate, String> day) {
        if (detail == null || detail.isBlank()) {
            return "";
        }
        Matcher signed = SIGNED.matcher(detail);
        if ("AGREEMENT_SIGNED".equals(action) && signed.matches()) {
            String party = text.apply("placement.audit.party." + signed.group(2), new Object[0]);
            return text.apply("placement.audit.signedDetail", new Object[] {signed.group(1), party, signed.group(3)});
        }
        Matcher version = VERSION.matcher(detail);
        if (action != null && action.startsWith("AGREEMENT_") && version.matches()) {
            return text.apply("placement.audit.version", new Object[] {version.group(1)});
        }
        if (("CHECKLIST_DONE".equals(action) || "CHECKLIST_UNDONE".equals(action)) && isChecklistItem(detail)) {
            return text.apply("placement.checklist." + detail, new Object[0]);
        }
        return days(detail, day);
    }

    private static boolean isChecklistItem(String name) {
        for (ChecklistItem item : ChecklistItem.values()) {
            if (item.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** ISO dates (as the log keeps them) in the reader's format; anything that is not a real date stays as it is. */
    private static String days(String detail, Function<LocalDate, String> day) {
        Matcher m = ISO_DAY.matcher(detail);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            try {
                replacement = day.apply(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            } catch (java.time.DateTimeException e) {
                replacement = m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}

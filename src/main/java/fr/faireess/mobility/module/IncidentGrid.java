package fr.faireess.mobility.module;

import java.util.LinkedHashMap;
import java.util.Map;

import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.FieldLimits;

/**
 * The Cohen-Emerique analysis grid and what each step asks of it. A draft may be incomplete but not
 * empty, and needs a title to be found again; a submitted analysis fills every heading of the grid.
 */
public final class IncidentGrid {

    /** Longest text of one heading (the column is TEXT; this keeps exports and pages readable). */
    public static final int MAX_TEXT = 4000;
    public static final int MAX_TITLE = 200;

    private IncidentGrid() {
    }

    /** The grid's headings in order: field (component id) → its text. */
    static Map<String, String> headings(IncidentForm form) {
        Map<String, String> headings = new LinkedHashMap<>();
        headings.put("situation", form.getSituation());
        headings.put("peopleInvolved", form.getPeopleInvolved());
        headings.put("reaction", form.getReaction());
        headings.put("ownFrame", form.getOwnFrame());
        headings.put("otherFrame", form.getOtherFrame());
        headings.put("negotiation", form.getNegotiation());
        headings.put("learning", form.getLearning());
        return headings;
    }

    /** Saving a draft: something written, a title, nothing too long. */
    public static void checkDraft(IncidentForm form) {
        if (headings(form).values().stream().allMatch(IncidentGrid::blank) && blank(form.getTitle())) {
            throw new BusinessException("situation", "module.incident.empty");
        }
        if (blank(form.getTitle())) {
            throw new BusinessException("title", "module.incident.titleRequired");
        }
        // MAX_TITLE and MAX_TEXT are the form's limits (@Size on IncidentForm).
        FieldLimits.check(form);
    }

    /** Submitting for review: a valid draft with every heading filled in. */
    public static void checkSubmission(IncidentForm form) {
        checkDraft(form);
        headings(form).forEach((field, text) -> {
            if (blank(text)) {
                throw new BusinessException(field, "module.incident.headingRequired");
            }
        });
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

package fr.faireess.mobility.placement;

import java.time.LocalDate;

/**
 * One line of the pre-departure checklist: the agreement (computed from its signatures) or a
 * {@link ChecklistItem}; {@code item} is null for the agreement line.
 */
public record ChecklistLine(String labelKey, ChecklistItem item, boolean done, LocalDate on, boolean tickableByStudent) {
}

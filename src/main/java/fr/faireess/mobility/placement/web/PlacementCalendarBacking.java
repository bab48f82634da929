package fr.faireess.mobility.placement.web;

import java.io.Serializable;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.placement.CalendarMonth;
import fr.faireess.mobility.placement.PlacementService;
import fr.faireess.mobility.platform.config.SchoolTime;

/** Backs {@code /coordinator/placements/calendar.xhtml}: twelve months of departures and returns from {@code ?from=YYYY-MM}. */
@Named
@ViewScoped
public class PlacementCalendarBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MONTHS = 12;

    @Inject private PlacementService placements;
    @Inject private Clock clock;
    @Inject private CurrentUser currentUser;

    private String from;
    private transient List<CalendarMonth> months;

    public List<CalendarMonth> getMonths() {
        if (months == null) {
            months = placements.calendar(start(), MONTHS, currentUser.get());
        }
        return months;
    }

    private YearMonth start() {
        try {
            if (from != null && !from.isBlank()) {
                return YearMonth.parse(from.strip());
            }
        } catch (DateTimeParseException e) {
            // fall back to the current month
        }
        return YearMonth.now(clock.withZone(SchoolTime.ZONE));
    }

    public String show() {
        return "/coordinator/placements/calendar?faces-redirect=true&includeViewParams=true";
    }

    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
}

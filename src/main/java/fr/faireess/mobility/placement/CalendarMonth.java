package fr.faireess.mobility.placement;

import java.time.YearMonth;
import java.util.List;

/** One month of the departures-and-returns calendar. */
public record CalendarMonth(YearMonth month, List<Placement> departures, List<Placement> returns) {

    public String getKey() {
        return month.toString();
    }
}

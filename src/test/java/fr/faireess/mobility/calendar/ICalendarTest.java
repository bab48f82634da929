package fr.faireess.mobility.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.faireess.mobility.platform.config.SchoolTime;

class ICalendarTest {

    private static final Instant STAMP = Instant.parse("2026-11-28T09:05:03Z");

    @Test
    void textValuesEscapeBackslashSemicolonCommaAndLineBreaks() {
        assertThat(ICalendar.escape("a\\b;c,d\ne\r\nf\rg")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf\\ng");
        assertThat(ICalendar.escape("Départ : Léa — Barcelona")).isEqualTo("Départ : Léa — Barcelona");
        assertThat(ICalendar.escape("tab\there\u0000bell\u0007")).isEqualTo("tab\there" + "bell");
        assertThat(ICalendar.escape(null)).isEmpty();
    }

    @Test
    void shortLinesAreNotFoldedAndEndInCrlf() {
        assertThat(ICalendar.fold("SUMMARY:court")).isEqualTo("SUMMARY:court\r\n");
        String exactly75 = "X".repeat(75);
        assertThat(ICalendar.fold(exactly75)).isEqualTo(exactly75 + "\r\n");
    }

    @Test
    void longLinesFoldAt75OctetsWithASpaceThatCounts() {
        String line = "DESCRIPTION:" + "a".repeat(200);
        String folded = ICalendar.fold(line);
        String[] physical = folded.split("\r\n");
        for (String p : physical) {
            assertThat(p.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(physical[0]).hasSize(75);
        assertThat(physical[1]).startsWith(" ").hasSize(75);
        assertThat(unfold(folded)).isEqualTo(line);
    }

    @Test
    void foldingNeverCutsAUtf8Character() {
        String line = "SUMMARY:" + "é".repeat(60) + "€".repeat(30) + "😀".repeat(10);
        String folded = ICalendar.fold(line);
        for (String p : folded.split("\r\n")) {
            byte[] bytes = p.getBytes(StandardCharsets.UTF_8);
            assertThat(bytes.length).isLessThanOrEqualTo(75);
            assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(p);
        }
        assertThat(unfold(folded)).isEqualTo(line);
    }

    @Test
    void aFeedHasItsFramingStampsAndBothKindsOfEvent() {
        Instant session = SchoolTime.toInstant(LocalDateTime.of(2026, 12, 3, 14, 0));
        String ics = ICalendar.write("Mobilité — Léa, Vidal", STAMP, List.of(
                CalendarEvent.allDay("placement-1-departure@x", LocalDate.of(2027, 2, 1), "Départ en stage : Léa; Hôte", "Du 1, au 2"),
                CalendarEvent.at("session-7@x", session, "Module interculturel : Identité", null, "Perpignan")));
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(ics).contains("X-WR-CALNAME:Mobilité — Léa\\, Vidal\r\n")
                .contains("UID:placement-1-departure@x\r\n")
                .contains("DTSTAMP:20261128T090503Z\r\n")
                .contains("DTSTART;VALUE=DATE:20270201\r\nDTEND;VALUE=DATE:20270202\r\n")
                .contains("SUMMARY:Départ en stage : Léa\\; Hôte\r\n")
                .contains("DESCRIPTION:Du 1\\, au 2\r\n")
                .contains("DTSTART:20261203T130000Z\r\n")    // 14:00 in Paris in winter
                .contains("LOCATION:Perpignan\r\n");
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(3);
        assertThat(ics.split("DTSTAMP:", -1)).hasSize(3);
    }

    @Test
    void summerTimeIsTakenIntoAccountForMoments() {
        Instant june = SchoolTime.toInstant(LocalDateTime.of(2027, 6, 10, 9, 30));
        assertThat(ICalendar.write("x", STAMP, List.of(CalendarEvent.at("s@x", june, "s", null, null))))
                .contains("DTSTART:20270610T073000Z\r\n");
    }

    @Test
    void anEventIsADayOrAMomentNeverBothOrNeither() {
        assertThatThrownBy(() -> new CalendarEvent("u", "s", null, null, LocalDate.of(2027, 1, 1), STAMP))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CalendarEvent("u", "s", null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deadlines() {
        assertThat(CalendarDeadlines.certificateDue(LocalDate.of(2027, 6, 30))).isEqualTo(LocalDate.of(2027, 8, 4));
        assertThat(CalendarDeadlines.signatureDue(LocalDate.of(2027, 2, 1))).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(CalendarDeadlines.since(LocalDate.of(2027, 2, 1))).isEqualTo(LocalDate.of(2026, 2, 1));
    }

    private static String unfold(String folded) {
        return folded.replace("\r\n ", "").replace("\r\n", "");
    }
}

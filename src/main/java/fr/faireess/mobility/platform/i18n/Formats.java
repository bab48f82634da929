package fr.faireess.mobility.platform.i18n;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.platform.config.SchoolTime;

/**
 * {@code #{fmt.instant(i)}}, {@code #{fmt.day(d)}}, {@code #{fmt.dayOf(i)}}: dates in the user's language, Paris
 * time. One name per argument type: EL does not resolve overloads reliably.
 */
@Named("fmt")
@RequestScoped
public class Formats {

    @Inject
    private LanguageBean language;

    public String instant(Instant instant) {
        return instant == null ? "" : local(SchoolTime.toLocal(instant));
    }

    public String local(LocalDateTime local) {
        return local == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(language.getLocale()).format(local);
    }

    public String day(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.getLocale()).format(day);
    }

    /** A file size for people: "820 o", "12 Ko", "4,8 Mo" (in English: B, KB, MB). */
    public String size(long bytes) {
        boolean french = "fr".equals(language.getLocale().getLanguage());
        if (bytes < 1024) {
            return bytes + (french ? " o" : " B");
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + (french ? " Ko" : " KB");
        }
        return String.format(language.getLocale(), "%.1f %s", bytes / (1024.0 * 1024.0), french ? "Mo" : "MB");
    }

    /** An amount in euros for people: "2 431,33 €" (in English: "€2,431.33"). */
    public String euros(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(language.getLocale());
        format.setCurrency(Currency.getInstance("EUR"));
        return format.format(amount);
    }

    /** A month for people: "novembre 2026" (in English: "November 2026"). */
    public String month(java.time.YearMonth month) {
        return month == null ? "" : DateTimeFormatter.ofPattern("LLLL yyyy", language.getLocale()).format(month);
    }

    public String dayOf(Instant instant) {
        return instant == null ? "" : day(SchoolTime.toLocal(instant).toLocalDate());
    }
}

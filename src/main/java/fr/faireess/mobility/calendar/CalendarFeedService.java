package fr.faireess.mobility.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.AccountService;
import fr.faireess.mobility.platform.security.SecretToken;
import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.audit.AuditLog.Actor;
import fr.faireess.mobility.platform.config.SchoolTime;
import fr.faireess.mobility.platform.config.Settings;
import fr.faireess.mobility.platform.i18n.Messages;

/**
 * Private calendar feeds: a person makes (or makes anew) the address of their own feed; a calendar
 * reads it without logging in, the secret in the address being the only key. A new address ends
 * the old one at once; a disabled account's feed answers nothing, like an unknown address.
 */
@ApplicationScoped
public class CalendarFeedService {

    static final String AUDIT_SUBJECT = "CALENDAR_FEED";
    /** Where feeds are served: {@code <public address>calendar/<secret>.ics}. */
    public static final String PATH = "calendar/";
    public static final String SUFFIX = ".ics";

    @PersistenceContext
    private EntityManager em;

    @Inject private AccountService accounts;
    @Inject private CalendarEvents events;
    @Inject private AuditLog audit;
    @Inject private Clock clock;

    private final Settings settings = Settings.fromConfig();

    /**
     * A new address for {@code me}'s feed, replacing any earlier one; the full address, which only
     * this answer carries (the database keeps its hash).
     */
    @Transactional
    public String regenerate(Account me) {
        Account account = accounts.find(me.getId()).filter(Account::isEnabled)
                .orElseThrow(fr.faireess.mobility.platform.error.NotFoundException::new);
        String token = SecretToken.generate();
        Instant now = Instant.now(clock);
        CalendarFeed feed = em.find(CalendarFeed.class, account.getId(), LockModeType.PESSIMISTIC_WRITE);
        boolean replaced = feed != null;
        if (feed == null) {
            em.persist(new CalendarFeed(account.getId(), SecretToken.hash(token), now));
        } else {
            feed.replace(SecretToken.hash(token), now);
        }
        audit.record(new Actor(account.getId(), account.getEmail()), replaced ? "CALENDAR_FEED_RENEWED" : "CALENDAR_FEED_CREATED",
                AUDIT_SUBJECT, account.getId(), null, null, null);
        return settings.publicUrl() + PATH + token + SUFFIX;
    }

    /** Since when {@code me}'s current address works; empty without one. */
    public Optional<Instant> activeSince(Account me) {
        return Optional.ofNullable(em.find(CalendarFeed.class, me.getId())).map(CalendarFeed::getCreatedAt);
    }

    /** The feed behind {@code token}, as iCalendar text; empty for an unknown token or a disabled account. */
    @Transactional
    public Optional<String> render(String token) {
        if (!SecretToken.wellFormed(token)) {
            return Optional.empty();
        }
        return em.createQuery("select f from CalendarFeed f where f.tokenHash = :hash", CalendarFeed.class)
                .setParameter("hash", SecretToken.hash(token)).getResultStream().findFirst()
                .flatMap(f -> accounts.find(f.getAccountId())).filter(Account::isEnabled)
                .map(this::feedOf);
    }

    private String feedOf(Account account) {
        Locale locale = "en".equals(account.getPreferredLocale()) ? Locale.ENGLISH : Locale.FRENCH;
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.ofInstant(now, SchoolTime.ZONE);
        return ICalendar.write(Messages.text(locale, "calendar.name", account.getFullName()), now,
                events.of(account, today, locale));
    }
}

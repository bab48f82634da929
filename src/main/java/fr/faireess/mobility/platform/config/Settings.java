package fr.faireess.mobility.platform.config;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Every setting the application reads, with its key and its default, in one place. Keys are
 * MicroProfile Config names, so each one can be given as a system property
 * ({@code -Dmobility.db.url=...}) or as an environment variable ({@code MOBILITY_DB_URL=...}).
 *
 * <p>Plain Java over a lookup function, so that the defaults can be unit-tested without a server.
 */
public final class Settings {

    public static final String DB_URL = "mobility.db.url";
    public static final String DB_USER = "mobility.db.user";
    public static final String DB_PASSWORD = "mobility.db.password";
    public static final String DATA_DIR = "mobility.data.dir";
    public static final String DEMO = "mobility.demo";
    public static final String PUBLIC_URL = "mobility.public.url";
    public static final String LOGIN_MAX_FAILURES = "mobility.login.max.failures";
    public static final String LOGIN_LOCK_MINUTES = "mobility.login.lock.minutes";
    public static final String SMTP_HOST = "mobility.smtp.host";
    public static final String SMTP_PORT = "mobility.smtp.port";
    public static final String SMTP_USER = "mobility.smtp.user";
    public static final String SMTP_PASSWORD = "mobility.smtp.password";
    public static final String SMTP_STARTTLS = "mobility.smtp.starttls";
    public static final String MAIL_FROM = "mobility.mail.from";
    public static final String RETENTION_UNSELECTED_YEARS = "mobility.retention.unselected.years";
    public static final String RETENTION_MOBILITY_YEARS = "mobility.retention.mobility.years";
    public static final String RETENTION_SENT_MAIL_DAYS = "mobility.retention.sent.mail.days";
    public static final String RETENTION_LOGIN_FAILURE_DAYS = "mobility.retention.login.failure.days";
    public static final String RETENTION_MODULE_YEARS = "mobility.retention.module.years";
    public static final String RETENTION_UNSENT_MAIL_DAYS = "mobility.retention.unsent.mail.days";
    public static final String RETENTION_FORMER_STUDENT_YEARS = "mobility.retention.former.student.years";
    public static final String CLOCK_OFFSET = "mobility.clock.offset";
    public static final String PREFINANCING_PERCENT = "mobility.prefinancing.percent";
    public static final String PASSWORD_RESET_MINUTES = "mobility.password.reset.minutes";
    public static final String PASSWORD_RESET_MAX_PER_ADDRESS = "mobility.password.reset.max.per.address";
    public static final String PASSWORD_RESET_MAX_PER_CLIENT = "mobility.password.reset.max.per.client";
    public static final String WELCOME_LINK_DAYS = "mobility.welcome.link.days";
    // Single sign-on (OpenID Connect): off while the issuer is empty.
    public static final String OIDC_ISSUER = "mobility.oidc.issuer";
    public static final String OIDC_CLIENT_ID = "mobility.oidc.client.id";
    public static final String OIDC_CLIENT_SECRET = "mobility.oidc.client.secret";
    public static final String OIDC_EMAIL_CLAIM = "mobility.oidc.email.claim";
    public static final String API_RATE_PER_MINUTE = "mobility.api.rate.per.minute";
    public static final String TRUSTED_PROXIES = "mobility.trusted.proxies";

    private final Function<String, Optional<String>> lookup;

    public Settings(Function<String, Optional<String>> lookup) {
        this.lookup = lookup;
    }

    /** Settings read from MicroProfile Config (system properties, environment, microprofile-config.properties). */
    public static Settings fromConfig() {
        Config config = ConfigProvider.getConfig(Settings.class.getClassLoader());
        return new Settings(key -> config.getOptionalValue(key, String.class));
    }

    private Optional<String> value(String key) {
        return lookup.apply(key).map(String::trim).filter(v -> !v.isEmpty());
    }

    /** True when no external database is configured: the embedded H2 file database is used. */
    public boolean embeddedDatabase() {
        return value(DB_URL).isEmpty();
    }

    public String dataDir() {
        return value(DATA_DIR).orElse("./.data");
    }

    /**
     * The JDBC URL: the configured one, or an H2 file database in {@link #dataDir()}. H2 URLs always
     * get {@code MODE=LEGACY} because EclipseLink in Payara 6 still calls H2's removed {@code IDENTITY()}.
     */
    public String jdbcUrl() {
        String url = value(DB_URL).orElseGet(() -> "jdbc:h2:file:" + dataDir().replace('\\', '/') + "/mobility");
        if (url.startsWith("jdbc:h2:") && !url.toUpperCase().contains(";MODE=")) {
            url = url + ";MODE=LEGACY";
        }
        return url;
    }

    public String dbUser() {
        return value(DB_USER).orElse(embeddedDatabase() ? "sa" : "");
    }

    public String dbPassword() {
        return value(DB_PASSWORD).orElse("");
    }

    /** Demo data: on by default on the embedded database, off by default on MySQL. */
    public boolean demo() {
        return value(DEMO).map(Boolean::parseBoolean).orElse(embeddedDatabase());
    }

    public String publicUrl() {
        String url = value(PUBLIC_URL).orElse("http://localhost:8080/");
        return url.endsWith("/") ? url : url + "/";
    }

    public int loginMaxFailures() {
        return intValue(LOGIN_MAX_FAILURES, 5);
    }

    public int loginLockMinutes() {
        return intValue(LOGIN_LOCK_MINUTES, 15);
    }

    /** The SMTP server; empty when none is configured, in which case mails are held in the outbox. */
    public Optional<String> smtpHost() {
        return value(SMTP_HOST);
    }

    public boolean smtpConfigured() {
        return smtpHost().isPresent();
    }

    public int smtpPort() {
        return intValue(SMTP_PORT, 587);
    }

    /** The SMTP login; empty when the server needs no authentication. */
    public Optional<String> smtpUser() {
        return value(SMTP_USER);
    }

    public String smtpPassword() {
        return value(SMTP_PASSWORD).orElse("");
    }

    /** STARTTLS is required unless explicitly turned off: credentials never cross the network in clear by default. */
    public boolean smtpStarttls() {
        return value(SMTP_STARTTLS).map(Boolean::parseBoolean).orElse(true);
    }

    public String mailFrom() {
        return value(MAIL_FROM).orElse("mobilite@faire-ess.fr");
    }

    /** Years an application that led to no mobility is kept after its call closed (privacy.RetentionRule). */
    public int retentionUnselectedYears() {
        return intValue(RETENTION_UNSELECTED_YEARS, 2);
    }

    /**
     * Years a mobility file (selected application, placement, agreements, certificate) is kept after
     * the placement ended: the Erasmus+ grant evidence (privacy.RetentionRule explains the default).
     */
    public int retentionMobilityYears() {
        return intValue(RETENTION_MOBILITY_YEARS, 7);
    }

    /** Days a sent e-mail stays in the outbox. */
    public int retentionSentMailDays() {
        return intValue(RETENTION_SENT_MAIL_DAYS, 90);
    }

    /** Days the failed-login count of an address is kept after its last failure. */
    public int retentionLoginFailureDays() {
        return intValue(RETENTION_LOGIN_FAILURE_DAYS, 30);
    }

    /** Years module attendance and critical-incident analyses are kept after their academic year ended. */
    public int retentionModuleYears() {
        return intValue(RETENTION_MODULE_YEARS, 3);
    }

    /** Days a held or failed (never sent) e-mail stays in the outbox after it was queued. */
    public int retentionUnsentMailDays() {
        return intValue(RETENTION_UNSENT_MAIL_DAYS, 180);
    }

    /** Years a disabled student account with nothing left is kept after its last login (or its creation). */
    public int retentionFormerStudentYears() {
        return intValue(RETENTION_FORMER_STUDENT_YEARS, 2);
    }

    /**
     * How far the application's clock runs ahead of the real one (an ISO-8601 period such as
     * {@code P400D} or {@code P3Y}), for tests and training copies; {@link Period#ZERO} when unset.
     * Whole days only, so that nightly jobs keep their time of day. A malformed or negative value
     * stops the start-up: running on a clock nobody asked for would be worse.
     */
    public Period clockOffset() {
        return value(CLOCK_OFFSET).map(v -> {
            Period period;
            try {
                period = Period.parse(v);
            } catch (DateTimeParseException e) {
                throw new IllegalStateException(CLOCK_OFFSET + " must be an ISO-8601 period such as P400D or P3Y, not " + v);
            }
            if (period.isNegative()) {
                throw new IllegalStateException(CLOCK_OFFSET + " moves the clock forward only, not " + v);
            }
            return period;
        }).orElse(Period.ZERO);
    }

    /**
     * The share of a placement's planned grant paid to the student at departure, in percent (1–100;
     * the balance follows the certificate). Grant agreements commonly ask for 70 to 100 %.
     */
    public int prefinancingPercent() {
        int percent = intValue(PREFINANCING_PERCENT, 80);
        return percent > 100 ? 80 : percent;
    }

    /** Minutes a self-service password-reset link works (at most 60, identity.PasswordLinkRule). */
    public int passwordResetMinutes() {
        return Math.min(60, intValue(PASSWORD_RESET_MINUTES, 60));
    }

    /** Reset requests one typed e-mail address may make per hour, whether an account has it or not. */
    public int passwordResetMaxPerAddress() {
        return intValue(PASSWORD_RESET_MAX_PER_ADDRESS, 3);
    }

    /** Reset requests one client (IP) address may make per hour, whatever addresses it types. */
    public int passwordResetMaxPerClient() {
        return intValue(PASSWORD_RESET_MAX_PER_CLIENT, 20);
    }

    /** Days the "choose your password" link of a new account (welcome e-mail) works. */
    public int welcomeLinkDays() {
        return intValue(WELCOME_LINK_DAYS, 7);
    }

    /** The OpenID Connect provider's issuer (its discovery document is under it); empty: no single sign-on. */
    public Optional<String> oidcIssuer() {
        return value(OIDC_ISSUER);
    }

    public boolean ssoEnabled() {
        return oidcIssuer().isPresent();
    }

    public String oidcClientId() {
        return value(OIDC_CLIENT_ID).orElse("mobility");
    }

    public String oidcClientSecret() {
        return value(OIDC_CLIENT_SECRET).orElse("");
    }

    /** The ID token claim that carries the person's e-mail address (matched to an account). */
    public String oidcEmailClaim() {
        return value(OIDC_EMAIL_CLAIM).orElse("email");
    }

    /** The reverse proxies whose {@code X-Forwarded-For} is believed (addresses or ranges, comma-separated); none by default. */
    public String trustedProxies() {
        return value(TRUSTED_PROXIES).orElse("");
    }

    /** Calls a minute each REST API client may make (a token bucket of that size, shared by the instances). */
    public int apiRatePerMinute() {
        return intValue(API_RATE_PER_MINUTE, 120);
    }

    private int intValue(String key, int fallback) {
        return value(key).map(v -> {
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                return fallback;
            }
        }).filter(v -> v > 0).orElse(fallback);
    }
}

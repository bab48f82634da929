package fr.faireess.mobility.platform.persistence;

import java.time.Clock;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

import javax.sql.DataSource;

import fr.faireess.mobility.platform.config.Settings;
import fr.faireess.mobility.platform.web.ClientAddress;

/**
 * Declares the application's data source and brings its schema up to date before anything uses it,
 * through {@link DatabaseMigrator}: {@code db/migration} always; in demo mode {@code db/demo} too, once
 * per database, its dates then moved by whole weeks so that the demo's calls are open on the day the
 * demo is loaded ({@link DemoCalendar}).
 *
 * <p>The pool checks every connection before handing it out ({@code Connection.isValid}, the JDBC 4
 * check, the same on H2 and MySQL: a ping on MySQL) and, when one fails, closes every idle connection
 * at once: after a database restart the pool holds only dead connections, and without this it handed
 * them out for ever ({@code No operations allowed after connection closed}) until the application
 * was restarted. With it, the first request after the database is back gets a fresh connection. Payara
 * reads these {@code fish.payara.*} properties only when written without spaces around {@code =}.
 */
@DataSourceDefinition(
        name = DataSourceSetup.JNDI_NAME,
        className = "fr.faireess.mobility.platform.persistence.ConfigurableDataSource",
        minPoolSize = 1,
        maxPoolSize = 30,
        maxIdleTime = 300,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true"
        })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DataSourceSetup {

    public static final String JNDI_NAME = "java:app/jdbc/mobility";
    private static final Logger LOG = Logger.getLogger(DataSourceSetup.class.getName());

    @Resource(lookup = JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private Clock clock;

    @PostConstruct
    void migrate() {
        Settings settings = Settings.fromConfig();
        // Read at first use elsewhere: a malformed list stops the start-up here, not a visitor's request later.
        ClientAddress.trusting(settings.trustedProxies());
        LOG.info(() -> "Database: " + DatabaseVendor.redact(settings.jdbcUrl()));
        DatabaseMigrator.migrate(dataSource, settings.demo(), clock);
        LOG.info(() -> "\n\n    Mobilité FAIRE-ESS : " + settings.publicUrl()
                + (settings.demo()
                    ? "\n    Comptes de démonstration (mot de passe « mobilite2026 ») : voir README.md,"
                      + "\n    par exemple nadia.benali@irts-perpignan.fr (coordination), sophie.martin@faire-ess.fr (admin)\n"
                    : "\n"));
    }
}

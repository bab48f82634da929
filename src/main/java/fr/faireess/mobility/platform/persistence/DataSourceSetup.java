package fr.faireess.mobility.platform.persistence;

import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import fr.faireess.mobility.platform.config.Settings;

/**
 * Declares the application's data source and brings its schema up to date before anything uses it.
 *
 * <p>Flyway applies {@code db/migration} (schema and reference data, identical on H2 and MySQL). In
 * demo mode a second, independent history ({@code flyway_demo_history}) applies {@code db/demo}: demo
 * data is therefore loaded once, under Flyway's lock, even when several instances start together.
 */
@DataSourceDefinition(
        name = DataSourceSetup.JNDI_NAME,
        className = "fr.faireess.mobility.platform.persistence.ConfigurableDataSource",
        minPoolSize = 1,
        maxPoolSize = 30,
        maxIdleTime = 300)
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DataSourceSetup {

    public static final String JNDI_NAME = "java:app/jdbc/mobility";
    private static final Logger LOG = Logger.getLogger(DataSourceSetup.class.getName());

    @Resource(lookup = JNDI_NAME)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        Settings settings = Settings.fromConfig();
        LOG.info(() -> "Database: " + DatabaseVendor.redact(settings.jdbcUrl()));
        ClassLoader loader = DataSourceSetup.class.getClassLoader();
        var schema = Flyway.configure(loader)
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Schema at version " + schema.targetSchemaVersion + " (" + schema.migrationsExecuted
                + " migration(s) applied now)");
        if (settings.demo()) {
            var demo = Flyway.configure(loader)
                    .dataSource(dataSource)
                    .locations("classpath:db/demo")
                    .table("flyway_demo_history")
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
            LOG.info(() -> "Demo data: " + demo.migrationsExecuted + " demo migration(s) applied now");
        }
        LOG.info(() -> "\n\n    Mobilité FAIRE-ESS : " + settings.publicUrl()
                + (settings.demo()
                    ? "\n    Comptes de démonstration (mot de passe « mobilite2026 ») : voir README.md,"
                      + "\n    par exemple nadia.benali@irts-perpignan.fr (coordination), sophie.martin@faire-ess.fr (admin)\n"
                    : "\n"));
    }
}

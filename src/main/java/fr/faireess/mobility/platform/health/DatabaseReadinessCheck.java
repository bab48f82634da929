package fr.faireess.mobility.platform.health;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import fr.faireess.mobility.platform.persistence.DataSourceSetup;

/** Ready only when the database answers: a load balancer must not send users to an instance without it. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseReadinessCheck.class.getName());

    @Resource(lookup = DataSourceSetup.JNDI_NAME)
    private DataSource dataSource;

    /** A load balancer asks every few seconds: one WARNING when the database goes, one INFO when it is back. */
    private final OutageLog outage = new OutageLog(LOG, "Readiness check (the database answers)");

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        try (Connection connection = dataSource.getConnection()) {
            // Status only: anyone may ask (a load balancer does), and the database product or an
            // error's class tells an attacker what to try; the server log has the details.
            if (!connection.isValid(5)) {
                throw new SQLException("Connection.isValid answered false");
            }
            outage.succeeded();
            return response.up().build();
        } catch (Exception e) {
            outage.failed(e);
            return response.down().build();
        }
    }
}

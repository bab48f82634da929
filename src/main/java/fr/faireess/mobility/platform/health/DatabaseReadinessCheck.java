package fr.faireess.mobility.platform.health;

import java.sql.Connection;
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

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        try (Connection connection = dataSource.getConnection()) {
            // Status only: anyone may ask (a load balancer does), and the database product or an
            // error's class tells an attacker what to try; the server log has the details.
            return response.status(connection.isValid(5)).build();
        } catch (Exception e) {
            LOG.warning(() -> "Readiness: the database does not answer: " + e);
            return response.down().build();
        }
    }
}

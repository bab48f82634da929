package fr.faireess.mobility.reference;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import javax.sql.DataSource;

import fr.faireess.mobility.platform.cluster.JobLock;
import fr.faireess.mobility.platform.config.SchoolTime;
import fr.faireess.mobility.platform.persistence.AcademicYearSupply;
import fr.faireess.mobility.platform.persistence.DataSourceSetup;

/**
 * Every night at 00:20 Paris time, adds the academic years that the calendar now needs (the current
 * one and the next, {@link AcademicYearSupply}), so that a server running through the summer has next
 * year's calls, module requirements and rate tables ready without anyone adding the year by hand.
 * One instance of a cluster runs it (the one that claims its {@link JobLock}); the supply would
 * tolerate a year added meanwhile by another anyway (every start adds the years too).
 */
@Singleton
@Startup
@DependsOn("DataSourceSetup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AcademicYearJob {

    private static final Logger LOG = Logger.getLogger(AcademicYearJob.class.getName());

    @Resource(lookup = DataSourceSetup.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private Clock clock;

    @Inject
    private JobLock lock;

    @Schedule(hour = "0", minute = "20", timezone = "Europe/Paris", persistent = false, info = "academic-years-nightly")
    void nightly() {
        if (!lock.claimNightly(JobLock.ACADEMIC_YEARS)) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(SchoolTime.ZONE));
        try (Connection connection = dataSource.getConnection()) {
            AcademicYearSupply.ensure(connection, today, clock.instant());
        } catch (SQLException | RuntimeException e) {
            // The timer must survive: the next night tries again, and every start does too.
            LOG.log(Level.WARNING, "Adding the next academic years failed; the next run will try again", e);
        }
    }
}

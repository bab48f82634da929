package fr.faireess.mobility.privacy;

import java.time.LocalDate;
import java.util.concurrent.Future;

import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;


/**
 * Test help deployed with {@link PrivacyIT}: runs the purge on a container thread of its own, as a
 * second instance's nightly job would, so that two runs overlap. An asynchronous EJB call gets a
 * fresh component context (a managed executor would share the test request's).
 */
@Stateless
public class PurgesAtOnce {

    @Inject private PrivacyService privacy;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Future<PurgeRun> run(LocalDate today) {
        return new AsyncResult<>(privacy.runAsSystem(today));
    }
}

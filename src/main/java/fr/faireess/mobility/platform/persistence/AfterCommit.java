package fr.faireess.mobility.platform.persistence;

import java.util.logging.Level;
import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Runs something once the current container transaction has ended, once per transaction and
 * {@code marker} however many rows it writes (an attendance grid: 60 and more). Entity listeners use
 * it to forget what they keep after the commit as well as at the write: a value read by another
 * request between the two (the write not yet committed, the old value) is not kept past the commit.
 */
public final class AfterCommit {

    private static final Logger LOG = Logger.getLogger(AfterCommit.class.getName());

    private AfterCommit() {
    }

    /** {@code then} after the current transaction (committed or not); nothing outside one. */
    public static void once(Object marker, Runnable then) {
        try {
            TransactionSynchronizationRegistry registry = (TransactionSynchronizationRegistry)
                    new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
            if (registry.getTransactionStatus() == Status.STATUS_ACTIVE && registry.getResource(marker) == null) {
                registry.putResource(marker, Boolean.TRUE);
                registry.registerInterposedSynchronization(new Synchronization() {
                    @Override
                    public void beforeCompletion() {
                    }

                    @Override
                    public void afterCompletion(int status) {
                        then.run();
                    }
                });
            }
        } catch (NamingException | IllegalStateException e) {
            // Outside a container transaction (tools, plain JDBC tests): what the write itself did stands.
            LOG.log(Level.FINE, "No transaction to follow", e);
        }
    }
}

package fr.faireess.mobility.application;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.faireess.mobility.application.BulkDecision.Action;
import fr.faireess.mobility.application.BulkDecision.Outcome;
import fr.faireess.mobility.application.BulkDecision.Target;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.platform.security.RoleGuard;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.NotFoundException;

/**
 * The review list's bulk actions. Deliberately not transactional: each file goes through the same
 * service method as on its own page (scope check, version check, the call's row locked while its
 * quota is counted, audit, e-mail), in a transaction of its own, so the quota stays as safe as when
 * files are decided one by one and a refusal rolls back that file only.
 */
@ApplicationScoped
public class BulkReview {

    @Inject private ApplicationService applications;
    @Inject private ApplicationReview applicationReview;

    public Outcome apply(Action action, List<Target> targets, String text, Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        BulkDecision.check(action, targets, text);
        String message = text == null || text.isBlank() ? null : text.strip();
        BulkDecision decision = new BulkDecision();
        for (Target target : targets) {
            try {
                switch (action) {
                    case SELECT -> applicationReview.select(target.id(), coordinator, message, target.version());
                    case WAITLIST -> applicationReview.waitlist(target.id(), coordinator, message, target.version());
                    case REJECT -> applicationReview.reject(target.id(), coordinator, message, target.version());
                    case MESSAGE -> applications.comment(target.id(), coordinator, message);
                }
                decision.done(target);
            } catch (NotFoundException e) {
                decision.notFound(target);
            } catch (BusinessException e) {
                decision.refused(target, e);
            } catch (jakarta.transaction.TransactionalException | jakarta.persistence.OptimisticLockException e) {
                // A change saved by someone else between the version check and the commit.
                decision.refused(target, new fr.faireess.mobility.platform.error.ConcurrentModificationException());
            }
        }
        return decision.outcome();
    }
}

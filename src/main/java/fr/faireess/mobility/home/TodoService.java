package fr.faireess.mobility.home;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.platform.config.SchoolTime;

/**
 * The to-do list of each role's home, one method per role, dated by the application's clock. An
 * account without the role gets an empty list: the scope of every list comes from the account
 * itself (its own files, its campuses, its sessions), never from a parameter.
 */
@ApplicationScoped
public class TodoService {

    @Inject private Clock clock;
    @Inject private StudentTodo student;
    @Inject private CoordinatorTodo coordinator;
    @Inject private TrainerTodo trainer;
    @Inject private AdminTodo admin;

    /** The items of {@code role}'s home for {@code account}, in a fixed order; empty when nothing waits. */
    public List<TodoItem> of(Role role, Account account) {
        if (account == null || !account.hasRole(role)) {
            return List.of();
        }
        return switch (role) {
            case STUDENT -> student.of(account, Instant.now(clock), today());
            case COORDINATOR -> coordinator.of(account, today());
            case TRAINER -> trainer.of(account, today());
            case ADMIN -> admin.of(today());
        };
    }

    /**
     * What the menu's badges need of {@code role}'s list: the same items and counts, without the files
     * each item names (a coordinator's items skip those queries; other roles' lists are cheap as they are).
     */
    public List<TodoItem> counts(Role role, Account account) {
        if (role == Role.COORDINATOR && account != null && account.hasRole(role)) {
            return coordinator.of(account, today(), false);
        }
        return of(role, account);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(SchoolTime.ZONE));
    }
}

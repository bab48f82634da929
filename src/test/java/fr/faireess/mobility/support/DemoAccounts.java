package fr.faireess.mobility.support;

import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.AccountService;
import fr.faireess.mobility.platform.audit.AuditLog.Actor;

/** The demo accounts loaded by db/demo in demo mode, as the README lists them. */
public final class DemoAccounts {

    public static final String PASSWORD = "mobilite2026";

    public static final String ADMIN = "sophie.martin@faire-ess.fr";
    public static final String COORDINATOR_PERPIGNAN = "nadia.benali@irts-perpignan.fr";
    public static final String COORDINATOR_MONTPELLIER = "julien.roux@irts-montpellier.fr";
    public static final String TRAINER_PERPIGNAN = "marta.puig@irts-perpignan.fr";
    public static final String TRAINER_MONTPELLIER = "olivier.garnier@irts-montpellier.fr";
    public static final String STUDENT_ASS_PERPIGNAN = "lea.vidal@etudiant.faire-ess.fr";
    public static final String STUDENT_ES_PERPIGNAN = "hugo.pons@etudiant.faire-ess.fr";
    public static final String STUDENT_EJE_PERPIGNAN = "ines.ferrer@etudiant.faire-ess.fr";
    public static final String STUDENT_ASS_MONTPELLIER = "yasmine.haddad@etudiant.faire-ess.fr";
    public static final String STUDENT_ES_MONTPELLIER = "lucas.moreau@etudiant.faire-ess.fr";
    public static final String STUDENT_EJE_MONTPELLIER = "chloe.bernard@etudiant.faire-ess.fr";

    private DemoAccounts() {
    }

    /**
     * A demo account as the actor of a service call, inside the server (Arquillian tests). Services
     * check the actor's roles in the database, so tests act through real accounts, as pages do.
     */
    public static Actor actor(AccountService accounts, String email) {
        Account account = accounts.findByEmail(email)
                .orElseThrow(() -> new IllegalStateException("Demo account missing (demo data off?): " + email));
        return new Actor(account.getId(), account.getEmail());
    }
}

package fr.faireess.mobility.privacy;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.AccountService;
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.platform.security.RoleGuard;
import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.config.SchoolTime;
import fr.faireess.mobility.platform.error.NotFoundException;

/**
 * The right of access (GDPR art. 15) and to portability (art. 20): a ZIP of everything the
 * application holds about a person. A student asks for their own, built from their logged-in account
 * (there is no id to tamper with); an administrator produces one for any account when a person asks
 * by e-mail — a staff access to personal data, audited under the administrator's name. Both are
 * audited on the account ("PERSONAL_DATA_EXPORTED"), with who and when, never the content.
 */
@ApplicationScoped
public class DataExportService {

    public static final String EXPORTED = "PERSONAL_DATA_EXPORTED";
    static final String ACCOUNT_SUBJECT = "ACCOUNT";

    @Inject private PersonalDataCollector collector;
    @Inject private AccountService accounts;
    @Inject private AuditLog audit;
    @Inject private Clock clock;

    /** The student's own data. */
    @Transactional
    public DataExport exportOwn(Account student) {
        RoleGuard.require(student, Role.STUDENT);
        audit.record(student.actor(), EXPORTED, ACCOUNT_SUBJECT, student.getId(),
                null, null, "own request");
        return export(student);
    }

    /** An administrator's export of someone's data (a data-subject request made outside the application). */
    @Transactional
    public DataExport exportFor(long accountId, Account admin) {
        RoleGuard.require(admin, Role.ADMIN);
        Account person = accounts.find(accountId).orElseThrow(NotFoundException::new);
        audit.record(admin.actor(), EXPORTED, ACCOUNT_SUBJECT, person.getId(),
                null, null, "data-subject request handled by an administrator");
        return export(person);
    }

    private DataExport export(Account person) {
        PersonalData data = collector.collect(person);
        return new DataExport(PersonalDataZip.archiveName(SchoolTime.toLocal(data.generatedAt()).toLocalDate()),
                PersonalDataZip.write(data));
    }
}

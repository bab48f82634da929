package fr.faireess.mobility.testimony;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.CampusScope;
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.platform.config.Settings;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.platform.mail.MailTemplates;
import fr.faireess.mobility.testimony.TestimonyMails.Audience;
import fr.faireess.mobility.testimony.TestimonyStatus.By;

/**
 * E-mails, in French, the people {@link TestimonyMails} names for each change of a testimony.
 * Observes the change inside its transaction and queues the mails in the outbox there: the decision
 * and its mails are saved together or not at all. Every template gets the same four arguments:
 * the recipient's first name, the title, a detail (the coordinator's message, the student's name or
 * the person whose consent is missing) and the address of the page to open.
 */
@ApplicationScoped
public class TestimonyNotifications {

    @PersistenceContext
    private EntityManager em;

    @Inject private MailTemplates templates;

    private final Settings settings = Settings.fromConfig();

    void onChange(@Observes TestimonyChanged change) {
        List<TestimonyMails.Mail> mails = TestimonyMails.of(change);
        if (mails.isEmpty()) {
            return;
        }
        Testimony testimony = em.find(Testimony.class, change.testimonyId());
        for (TestimonyMails.Mail mail : mails) {
            String detail = detail(change, testimony, mail.to());
            for (Account to : mail.to() == Audience.AUTHORS ? authors(testimony) : coordinatorsFor(testimony)) {
                templates.queue(to.getEmail(), mail.key(), to.getFirstName(), testimony.getTitle(), detail,
                        link(change, testimony, mail.to()));
            }
        }
    }

    private static String detail(TestimonyChanged change, Testimony testimony, Audience to) {
        if (change.by() == By.SYSTEM) {
            return change.person() == null ? "" : change.person();
        }
        if (to == Audience.COORDINATORS) {
            return testimony.getStudent().getFullName();
        }
        return change.message() == null ? ""
                : Messages.text(MailTemplates.LOCALE, "testimony.mail.message", change.message());
    }

    private String link(TestimonyChanged change, Testimony testimony, Audience to) {
        if (to == Audience.COORDINATORS) {
            return settings.publicUrl() + "coordinator/testimonies/view.xhtml?id=" + testimony.getId();
        }
        if (change.to() == TestimonyStatus.PUBLISHED) {
            return settings.publicUrl() + "showcase/testimony.xhtml?id=" + testimony.getId();
        }
        return settings.publicUrl() + "student/testimonies/edit.xhtml?id=" + testimony.getId();
    }

    private static List<Account> authors(Testimony testimony) {
        Set<Account> authors = new LinkedHashSet<>();
        authors.add(testimony.getStudent());
        authors.addAll(testimony.getCoAuthors());
        return authors.stream().filter(Account::isEnabled).toList();
    }

    /**
     * The coordinators of the owner's campus; when that campus has none, the coordinators allowed to
     * see it (a coordinator who cannot open the testimony is never sent its link).
     */
    private List<Account> coordinatorsFor(Testimony testimony) {
        List<Account> all = em.createQuery("""
                        select distinct a from Account a join a.roles r
                        where r = :role and a.enabled = true order by a.id""", Account.class)
                .setParameter("role", Role.COORDINATOR).getResultList();
        String campus = TestimonyService.campusOf(testimony);
        List<Account> ofCampus = all.stream()
                .filter(a -> campus != null && a.getCampus() != null && a.getCampus().getCode().equals(campus)).toList();
        return ofCampus.isEmpty() ? all.stream().filter(a -> CampusScope.of(a).allows(campus)).toList() : ofCampus;
    }
}

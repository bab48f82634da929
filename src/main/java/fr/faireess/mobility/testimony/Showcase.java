package fr.faireess.mobility.testimony;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.faireess.mobility.host.HostDirectory;
import fr.faireess.mobility.host.HostProfile;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.platform.config.SchoolTime;

/**
 * The public showcase: published testimonies whose consents are all valid today (Europe/Paris),
 * for anyone, without login. Every read — list, filters, detail, feed, file — puts {@link #SHOWN}
 * in the query itself, so a draft's id answers exactly like a missing one, and a testimony leaves
 * the showcase the day after a consent period ends, whether or not the nightly job has run yet.
 */
@ApplicationScoped
public class Showcase {

    /** The one condition of everything public (parameter {@code :today}). */
    static final String SHOWN = "t.status = fr.faireess.mobility.testimony.TestimonyStatus.PUBLISHED"
            + " and t.webConsentUntil >= :today";

    @PersistenceContext
    private EntityManager em;

    @Inject private TestimonyFiles testimonyFiles;
    @Inject private HostDirectory hosts;
    @Inject private Clock clock;

    public List<Testimony> page(TestimonyCriteria criteria, int first, int size) {
        return criteria.apply(em, "select t from Testimony t", Testimony.class, " order by t.publishedAt desc, t.id desc", today())
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(TestimonyCriteria criteria) {
        return criteria.apply(em, "select count(t) from Testimony t", Long.class, "", today()).getSingleResult();
    }

    /** A testimony the public may see, or nothing (whatever else exists under that id). */
    public Optional<Testimony> find(long id) {
        return em.createQuery("select t from Testimony t where t.id = :id and " + SHOWN, Testimony.class)
                .setParameter("id", id).setParameter("today", today()).getResultStream().findFirst();
    }

    /** The newest publications, for the Atom feed. */
    public List<Testimony> latest(int max) {
        return page(TestimonyCriteria.showcase(null, null, null, null), 0, max);
    }

    public Optional<FileInfo> fileOf(Testimony published) {
        return testimonyFiles.fileOf(published);
    }

    /** A shown testimony's file; nothing for any other testimony. */
    public Optional<FileDownload> download(long testimonyId) {
        return find(testimonyId).flatMap(testimonyFiles::fileContent);
    }

    /** The host's public profile, when the mobility named an active directory host. */
    public Optional<HostProfile> host(Testimony published) {
        return published.getHostId() == null ? Optional.empty() : hosts.profile(published.getHostId());
    }

    /** The authors as the showcase names them: first name and initial ("Emma G."), nothing more. */
    public List<String> authorNames(Testimony published) {
        List<Account> people = new ArrayList<>();
        people.add(published.getStudent());
        people.addAll(published.getCoAuthors());
        return people.stream().map(a -> a.getFirstName() + " " + a.getLastName().strip().charAt(0) + ".").toList();
    }

    /** Countries with at least one testimony shown (codes), for the filter. */
    public List<String> countries() {
        return em.createQuery("select distinct t.countryCode from Testimony t where " + SHOWN
                        + " and t.countryCode is not null order by t.countryCode", String.class)
                .setParameter("today", today()).getResultList();
    }

    /** Mobility years with at least one testimony shown, newest first. */
    public List<Integer> years() {
        return em.createQuery("select distinct t.mobilityYear from Testimony t where " + SHOWN
                        + " and t.mobilityYear is not null order by t.mobilityYear desc", Integer.class)
                .setParameter("today", today()).getResultList();
    }

    private LocalDate today() {
        return SchoolTime.toLocal(clock.instant()).toLocalDate();
    }
}

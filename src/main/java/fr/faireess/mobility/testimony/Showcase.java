package fr.faireess.mobility.testimony;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.faireess.mobility.host.HostDirectory;
import fr.faireess.mobility.host.HostProfile;

/**
 * The public showcase: published testimonies only, for anyone, without login. Every read filters on
 * the published status in the query itself, so a draft's id answers exactly like a missing one.
 */
@ApplicationScoped
public class Showcase {

    @PersistenceContext
    private EntityManager em;

    @Inject private TestimonyService testimonies;
    @Inject private HostDirectory hosts;

    public List<Testimony> page(TestimonyCriteria criteria, int first, int size) {
        return criteria.apply(em, "select t from Testimony t", Testimony.class, " order by t.publishedAt desc, t.id desc")
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(TestimonyCriteria criteria) {
        return criteria.apply(em, "select count(t) from Testimony t", Long.class, "").getSingleResult();
    }

    /** A published testimony, or nothing (whatever else exists under that id). */
    public Optional<Testimony> find(long id) {
        return em.createQuery("""
                        select t from Testimony t
                        where t.id = :id and t.status = fr.faireess.mobility.testimony.TestimonyStatus.PUBLISHED""",
                        Testimony.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /** The newest publications, for the Atom feed. */
    public List<Testimony> latest(int max) {
        return page(TestimonyCriteria.showcase(null, null, null, null), 0, max);
    }

    public Optional<FileInfo> fileOf(Testimony published) {
        return testimonies.fileOf(published);
    }

    /** A published testimony's file; nothing for any other testimony. */
    public Optional<FileDownload> download(long testimonyId) {
        return find(testimonyId).flatMap(testimonies::fileContent);
    }

    /** The host's public profile, when the mobility named an active directory host. */
    public Optional<HostProfile> host(Testimony published) {
        return published.getHostId() == null ? Optional.empty() : hosts.profile(published.getHostId());
    }

    /** The authors as the showcase names them: first name and initial ("Emma G."), nothing more. */
    public List<String> authorNames(Testimony published) {
        java.util.List<fr.faireess.mobility.identity.Account> people = new java.util.ArrayList<>();
        people.add(published.getStudent());
        people.addAll(published.getCoAuthors());
        return people.stream().map(a -> a.getFirstName() + " " + a.getLastName().strip().charAt(0) + ".").toList();
    }

    /** Countries with at least one published testimony (codes), for the filter. */
    public List<String> countries() {
        return em.createQuery("""
                        select distinct t.countryCode from Testimony t
                        where t.status = fr.faireess.mobility.testimony.TestimonyStatus.PUBLISHED and t.countryCode is not null
                        order by t.countryCode""", String.class).getResultList();
    }

    /** Mobility years with at least one published testimony, newest first. */
    public List<Integer> years() {
        return em.createQuery("""
                        select distinct t.mobilityYear from Testimony t
                        where t.status = fr.faireess.mobility.testimony.TestimonyStatus.PUBLISHED and t.mobilityYear is not null
                        order by t.mobilityYear desc""", Integer.class).getResultList();
    }
}

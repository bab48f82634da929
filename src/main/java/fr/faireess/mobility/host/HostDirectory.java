package fr.faireess.mobility.host;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.platform.security.RoleGuard;
import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.audit.AuditLog.Actor;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.FieldLimits;
import fr.faireess.mobility.platform.error.ConcurrentModificationException;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.reference.Country;

/**
 * The host organisation directory: searches for every feature, and the coordinators' edits.
 *
 * <p>Who asks matters: staff (coordinators, administrators) see inactive organisations and the
 * full record with contacts and notes; anyone else sees active organisations only, through
 * {@link HostRow} and {@link HostProfile}, which carry no contact and no note. Every write is checked
 * completely before anything is written, and audited in the same transaction.
 */
@ApplicationScoped
public class HostDirectory {

    static final String AUDIT_SUBJECT = "HOST_ORGANISATION";
    private static final int CONTACT_EMAIL_MAX = 254;
    /** A contact row's properties → the ids of their fields on the page (and in the API's errors). */
    private static final Map<String, String> CONTACT_FIELDS = Map.of("fullName", "contactName", "jobTitle", "contactRole",
            "phone", "contactPhone");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;


    // ---------------------------------------------------------------- for other features

    /** An active organisation by id (an inactive one is no longer offered as a destination). */
    public Optional<HostOrganisation> findActive(long id) {
        return em.createQuery("select h from HostOrganisation h join fetch h.country where h.id = :id and h.active = true",
                        HostOrganisation.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /** The pick-list of destinations: every active organisation, by name (application wishes, new placements). */
    public List<HostOrganisation> activeChoices() {
        return em.createQuery("select h from HostOrganisation h join fetch h.country where h.active = true order by h.name",
                HostOrganisation.class).getResultList();
    }

    /** Active organisations whose name contains {@code text} (case, accents and spaces ignored), by name. */
    public List<HostOrganisation> activeByName(String text, int max) {
        String key = HostDuplicateRule.key(text);
        if (key.isEmpty() || max <= 0) {
            return List.of();
        }
        return em.createQuery("""
                        select h from HostOrganisation h join fetch h.country
                        where h.active = true and h.nameKey like :key order by h.name, h.id""", HostOrganisation.class)
                .setParameter("key", "%" + key + "%")
                .setMaxResults(max).getResultList();
    }

    // ---------------------------------------------------------------- lists and pages

    public static boolean isStaff(Account viewer) {
        return viewer != null && (viewer.hasRole(Role.COORDINATOR) || viewer.hasRole(Role.ADMIN));
    }

    public long count(HostCriteria criteria, Account viewer) {
        return criteria.apply(em, "select count(h) from HostOrganisation h", Long.class, "", isStaff(viewer))
                .getSingleResult();
    }

    /**
     * One page of rows, by name: one query for the page, then one per tag collection for the whole
     * page (never one per row).
     */
    public List<HostRow> search(HostCriteria criteria, Account viewer, int first, int pageSize) {
        List<Object[]> page = criteria.apply(em,
                        "select h.id, h.name, h.city, h.country, h.type, h.active from HostOrganisation h",
                        Object[].class, " order by h.name, h.id", isStaff(viewer))
                .setFirstResult(first).setMaxResults(pageSize).getResultList();
        if (page.isEmpty()) {
            return List.of();
        }
        List<Long> ids = page.stream().map(r -> (Long) r[0]).toList();
        Map<Long, List<String>> languages = tags(ids, "h.languages", String.class);
        Map<Long, List<String>> themes = tags(ids, "h.themes", String.class);
        Map<Long, List<PartnerNetwork>> networks = tags(ids, "h.networks", PartnerNetwork.class);
        List<HostRow> rows = new ArrayList<>();
        for (Object[] r : page) {
            Long id = (Long) r[0];
            rows.add(new HostRow(id, (String) r[1], (String) r[2], (Country) r[3], (HostType) r[4], (Boolean) r[5],
                    languages.getOrDefault(id, List.of()), themes.getOrDefault(id, List.of()),
                    networks.getOrDefault(id, List.of())));
        }
        return rows;
    }

    /** The values of one tag collection for every organisation of the page, sorted, in one query. */
    private <T extends Comparable<T>> Map<Long, List<T>> tags(List<Long> ids, String collection, Class<T> type) {
        Map<Long, Set<T>> sets = new HashMap<>();
        for (Object[] pair : em.createQuery("select h.id, t from HostOrganisation h join " + collection
                        + " t where h.id in :ids", Object[].class).setParameter("ids", ids).getResultList()) {
            sets.computeIfAbsent((Long) pair[0], k -> new TreeSet<>()).add(type.cast(pair[1]));
        }
        Map<Long, List<T>> lists = new HashMap<>();
        sets.forEach((id, set) -> lists.put(id, List.copyOf(set)));
        return lists;
    }

    /** The values the list filters offer to this viewer. */
    public HostFilterChoices filterChoices(Account viewer) {
        String visible = isStaff(viewer) ? "" : " where h.active = true";
        List<Country> countries = em.createQuery("select distinct c from HostOrganisation h join h.country c" + visible,
                Country.class).getResultList().stream()
                .sorted((a, b) -> a.getNameFr().compareTo(b.getNameFr())).toList();
        List<String> themes = em.createQuery("select distinct t from HostOrganisation h join h.themes t" + visible,
                String.class).getResultList().stream().sorted().toList();
        List<String> languages = em.createQuery("select distinct l from HostOrganisation h join h.languages l" + visible,
                String.class).getResultList().stream().sorted().toList();
        return new HostFilterChoices(countries, themes, languages);
    }

    /** The public profile of an active organisation: what a student may see, and nothing more. */
    public Optional<HostProfile> profile(long id) {
        return findActive(id).map(HostProfile::of);
    }

    /** The full record with contacts (in the order they were added) and notes, for staff only; empty for anyone else. */
    public Optional<HostOrganisation> findForStaff(long id, Account viewer) {
        if (!isStaff(viewer)) {
            return Optional.empty();
        }
        Optional<HostOrganisation> host = em.createQuery(
                        "select h from HostOrganisation h join fetch h.country where h.id = :id", HostOrganisation.class)
                .setParameter("id", id).getResultStream().findFirst();
        host.ifPresent(h -> h.getContacts().size()); // loaded here, in @OrderBy order, not while the page renders
        return host;
    }

    // ---------------------------------------------------------------- coordinators' edits
    // Only coordinators edit the directory (the pages live under /coordinator/, guarded for that role
    // in web.xml); each write checks the acting account's role before anything else and is audited under it.

    @Transactional
    public HostOrganisation create(HostForm form, Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        Actor actor = coordinator.actor();
        Checked checked = check(form);
        refuseUnconfirmedDuplicate(form, null);
        HostOrganisation host = new HostOrganisation(Instant.now(clock));
        apply(host, form, checked);
        em.persist(host);
        em.flush();
        audit.record(actor, "HOST_CREATED", AUDIT_SUBJECT, host.getId(), null, null,
                host.getName() + " (" + host.getCity() + ", " + host.getCountry().getCode() + ")" + duplicateNote(form));
        return host;
    }

    /**
     * Saves an edit, refusing if someone else saved the organisation since {@code form.getVersion()}.
     * The row is locked first, so two simultaneous saves of the same version are told apart here (one
     * wins, the other is refused with a message) instead of failing at commit.
     */
    @Transactional
    public HostOrganisation update(long id, HostForm form, Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        Actor actor = coordinator.actor();
        HostOrganisation host = lock(id);
        if (form.getVersion() == null || form.getVersion() != host.getVersion()) {
            throw new ConcurrentModificationException();
        }
        Checked checked = check(form);
        if (HostDuplicateRule.needsCheck(host.getName(), host.getCity(), form.getName(), form.getCity())) {
            refuseUnconfirmedDuplicate(form, id);
        }
        Set<Long> known = new HashSet<>();
        host.getContacts().forEach(c -> known.add(c.getId()));
        for (HostForm.ContactForm contact : form.getContacts()) {
            if (contact.getId() != null && !known.contains(contact.getId())) {
                throw new ConcurrentModificationException();
            }
        }
        String before = host.getName() + " (" + host.getCity() + ", " + host.getCountry().getCode() + ")";
        apply(host, form, checked);
        em.flush();
        audit.record(actor, "HOST_UPDATED", AUDIT_SUBJECT, id, null, null,
                before + " -> " + host.getName() + " (" + host.getCity() + ", " + host.getCountry().getCode() + "), "
                        + host.getContacts().size() + " contact(s)" + duplicateNote(form));
        return host;
    }

    @Transactional
    public HostOrganisation deactivate(long id, Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        Actor actor = coordinator.actor();
        return changeActive(id, false, actor);
    }

    @Transactional
    public HostOrganisation reactivate(long id, Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        Actor actor = coordinator.actor();
        return changeActive(id, true, actor);
    }

    private HostOrganisation changeActive(long id, boolean active, Actor actor) {
        HostOrganisation host = lock(id);
        if (host.isActive() != active) {
            host.setActive(active);
            host.touch(Instant.now(clock));
            em.flush();
            audit.record(actor, active ? "HOST_REACTIVATED" : "HOST_DEACTIVATED", AUDIT_SUBJECT, id,
                    active ? "INACTIVE" : "ACTIVE", active ? "ACTIVE" : "INACTIVE", null);
        }
        return host;
    }

    private HostOrganisation lock(long id) {
        HostOrganisation host = em.find(HostOrganisation.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (host == null) {
            throw new NotFoundException();
        }
        return host;
    }

    // ---------------------------------------------------------------- checks

    /** The form's values once checked and parsed. */
    private record Checked(Country country, String website, String oid, Set<String> languages, Set<String> themes) {
    }

    private Checked check(HostForm form) {
        required(form.getName(), "name", "host.name.required");
        // The texts' sizes are the form's limits (@Size on HostForm and its contact rows).
        FieldLimits.check(form);
        if (form.getType() == null) {
            throw new BusinessException("type", "host.type.required");
        }
        if (form.getLegalStatus() == null) {
            throw new BusinessException("legalStatus", "host.legalStatus.required");
        }
        if (form.getSize() == null) {
            throw new BusinessException("size", "host.size.required");
        }
        required(form.getCity(), "city", "host.city.required");
        if (form.getCountryCode() == null) {
            throw new BusinessException("country", "host.country.required");
        }
        Country country = em.find(Country.class, form.getCountryCode());
        if (country == null) {
            throw new BusinessException("country", "host.country.unknown");
        }
        if ((form.getLatitude() == null) != (form.getLongitude() == null)) {
            throw new BusinessException(form.getLatitude() == null ? "latitude" : "longitude", "host.coordinates.both");
        }
        if (form.getLatitude() != null && form.getLatitude().abs().compareTo(java.math.BigDecimal.valueOf(90)) > 0) {
            throw new BusinessException("latitude", "host.coordinates.latitude");
        }
        if (form.getLongitude() != null && form.getLongitude().abs().compareTo(java.math.BigDecimal.valueOf(180)) > 0) {
            throw new BusinessException("longitude", "host.coordinates.longitude");
        }
        String website = null;
        if (form.getWebsite() != null) {
            website = HostInput.website(form.getWebsite())
                    .orElseThrow(() -> new BusinessException("website", "host.website.invalid"));
        }
        String oid = null;
        if (form.getOid() != null) {
            oid = HostInput.oid(form.getOid()).orElseThrow(() -> new BusinessException("oid", "host.oid.invalid"));
        }
        Set<String> languages = HostInput.codes(form.getLanguages());
        HostInput.unknownLanguage(languages).ifPresent(code -> {
            throw new BusinessException("languages", "host.languages.unknown", code);
        });
        Set<String> themes = HostInput.themes(form.getThemes());
        for (String theme : themes) {
            if (theme.length() > HostInput.THEME_MAX) {
                throw new BusinessException("themes", "host.themes.tooLong", theme, HostInput.THEME_MAX);
            }
        }
        List<HostForm.ContactForm> contacts = form.getContacts();
        for (int i = 0; i < contacts.size(); i++) {
            HostForm.ContactForm contact = contacts.get(i);
            String row = "contacts:" + i + ":";
            required(contact.getFullName(), row + "contactName", "host.contact.name.required");
            FieldLimits.firstViolation(contact).ifPresent(e -> {
                throw new BusinessException(row + CONTACT_FIELDS.get(e.field().orElseThrow()), e.messageKey(), e.arguments());
            });
            if (contact.getEmail() != null && (contact.getEmail().length() > CONTACT_EMAIL_MAX
                    || !HostInput.isEmail(contact.getEmail()))) {
                throw new BusinessException(row + "contactEmail", "host.contact.email.invalid");
            }
            if (contact.getLanguage() != null && !HostLanguage.isSupported(contact.getLanguage())) {
                throw new BusinessException(row + "contactLanguage", "host.contact.language.invalid");
            }
        }
        return new Checked(country, website, oid, languages, themes);
    }

    private void refuseUnconfirmedDuplicate(HostForm form, Long selfId) {
        List<HostDuplicateRule.Existing> candidates = em.createQuery("""
                        select h.id, h.name, h.city from HostOrganisation h
                        where h.nameKey = :name and h.cityKey = :city order by h.id""", Object[].class)
                .setParameter("name", HostDuplicateRule.key(form.getName()))
                .setParameter("city", HostDuplicateRule.key(form.getCity()))
                .getResultList().stream()
                .map(r -> new HostDuplicateRule.Existing((Long) r[0], (String) r[1], (String) r[2]))
                .toList();
        HostDuplicateRule.unconfirmedDuplicate(form.getName(), form.getCity(), selfId, candidates,
                        form.getConfirmedDuplicate())
                .ifPresent(d -> {
                    throw new HostDuplicateException(d, HostDuplicateRule.confirmation(form.getName(), form.getCity()));
                });
    }

    private static String duplicateNote(HostForm form) {
        return form.getConfirmedDuplicate() == null ? "" : ", near-duplicate confirmed";
    }

    private static void required(String value, String field, String key) {
        if (value == null || value.isBlank()) {
            throw new BusinessException(field, key);
        }
    }

    private void apply(HostOrganisation host, HostForm form, Checked checked) {
        host.describe(form.getName(), form.getType(), form.getLegalStatus(), form.getSize(), checked.website(),
                form.getNotes());
        host.identify(checked.oid());
        host.locate(form.getAddress(), form.getCity(), checked.country());
        host.position(form.getLatitude(), form.getLongitude());
        host.tag(checked.languages(), checked.themes(), form.getNetworks());
        Set<Long> kept = new HashSet<>();
        form.getContacts().stream().map(HostForm.ContactForm::getId).filter(Objects::nonNull).forEach(kept::add);
        host.retainContacts(kept);
        Map<Long, HostContact> byId = new HashMap<>();
        host.getContacts().forEach(c -> byId.put(c.getId(), c));
        List<HostForm.ContactForm> contacts = form.getContacts();
        for (int i = 0; i < contacts.size(); i++) {
            HostForm.ContactForm contact = contacts.get(i);
            HostContact target = contact.getId() == null ? host.addContact() : byId.get(contact.getId());
            target.update(contact.getFullName(), contact.getJobTitle(), contact.getEmail(), contact.getPhone(),
                    contact.isMentor(), HostLanguage.of(contact.getLanguage()));
            target.placeAt(i);
        }
        host.touch(Instant.now(clock));
    }
}

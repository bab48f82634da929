package fr.faireess.mobility.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.naming.InitialContext;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.platform.security.AccessDeniedException;
import fr.faireess.mobility.identity.AccountService;
import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.ConcurrentModificationException;
import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.Deployments;
import fr.faireess.mobility.support.TestLanes;

/**
 * The host directory on the real server and database: searches paged and filtered in the database,
 * duplicate detection, concurrent edits, contacts, and what a student may and may not load.
 */
@ExtendWith(ArquillianExtension.class)
@ResourceLock(TestLanes.SHARED_DEPLOYMENT)
class HostDirectoryIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Inject private HostDirectory directory;
    @Inject private AccountService accounts;
    @Inject private AuditLog audit;

    private Account coordinator() {
        return accounts.findByEmail(DemoAccounts.COORDINATOR_PERPIGNAN).orElseThrow();
    }

    /** The demo coordinator as the actor of the directory's writes (they check the role in the database). */

    private Account student() {
        return accounts.findByEmail(DemoAccounts.STUDENT_ES_PERPIGNAN).orElseThrow();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static HostForm form(String name, String city, String country) {
        HostForm form = new HostForm();
        form.setName(name);
        form.setType(HostType.CHILD_PROTECTION);
        form.setLegalStatus(LegalStatus.NON_PROFIT);
        form.setSize(HostSize.SMALL);
        form.setCity(city);
        form.setCountryCode(country);
        return form;
    }

    private static HostCriteria byTheme(String theme) {
        return new HostCriteria(null, null, null, theme, null, null, null);
    }

    // ---------------------------------------------------------------- create, search, filter, page

    @Test
    void aCreatedOrganisationIsFoundByEachFilterAndTheCreationIsAudited() {
        String tag = "theme-" + unique();
        HostForm form = form("Foyer Sant Jordi " + tag, "Lleida", "ES");
        form.setType(HostType.DISABILITY);
        form.setWebsite("https://foyer.example.org");
        form.setLanguages("ca, ES");
        form.setThemes("Handicap; " + tag.toUpperCase());
        form.setNetworks(EnumSet.of(PartnerNetwork.RETSASO, PartnerNetwork.CLAP_HANDS));
        HostOrganisation created = directory.create(form, coordinator());

        Account staff = coordinator();
        assertEquals(1, directory.count(byTheme(tag), staff));
        HostRow row = directory.search(byTheme(tag), staff, 0, 10).get(0);
        assertEquals(created.getId(), row.id());
        assertEquals("ES", row.country().getCode());
        assertEquals(List.of("ca", "es"), row.languages());
        assertEquals(List.of(PartnerNetwork.RETSASO, PartnerNetwork.CLAP_HANDS), row.networks(), "in the enum's order");
        assertTrue(row.themes().contains(tag), "themes are stored in lower case");

        for (HostCriteria matching : List.of(
                new HostCriteria("foyer SANT-jordi " + tag, null, null, null, null, null, null),
                new HostCriteria(tag, "ES", HostType.DISABILITY, tag, PartnerNetwork.RETSASO, "ca", Boolean.TRUE))) {
            assertEquals(List.of(created.getId()), ids(directory.search(matching, staff, 0, 10)), matching.toString());
        }
        for (HostCriteria other : List.of(
                new HostCriteria(tag, "IT", null, null, null, null, null),
                new HostCriteria(tag, null, HostType.HEALTH, null, null, null, null),
                new HostCriteria(tag, null, null, null, PartnerNetwork.AGADIR_PLATFORM, null, null),
                new HostCriteria(tag, null, null, null, null, "pt", null),
                new HostCriteria(tag, null, null, null, null, null, Boolean.FALSE))) {
            assertEquals(0, directory.count(other, staff), other.toString());
        }
        assertEquals("HOST_CREATED", audit.history("HOST_ORGANISATION", created.getId()).get(0).getAction());
    }

    @Test
    void listsArePagedInTheDatabaseInNameOrder() {
        String tag = "page-" + unique();
        for (String name : List.of("Charlie", "Alpha", "Bravo")) {
            HostForm form = form(name + " " + tag, "Porto", "PT");
            form.setThemes(tag);
            directory.create(form, coordinator());
        }
        Account staff = coordinator();
        assertEquals(3, directory.count(byTheme(tag), staff));
        assertEquals(List.of("Alpha " + tag, "Bravo " + tag),
                directory.search(byTheme(tag), staff, 0, 2).stream().map(HostRow::name).toList());
        assertEquals(List.of("Charlie " + tag),
                directory.search(byTheme(tag), staff, 2, 2).stream().map(HostRow::name).toList());
        assertTrue(directory.filterChoices(staff).themes().contains(tag));
    }

    // ---------------------------------------------------------------- what students see

    @Test
    void studentsSeeActiveOrganisationsOnlyAndNeverTheFullRecord() {
        String tag = "student-" + unique();
        HostForm form = form("Centre Lumina " + tag, "Iași", "RO");
        form.setThemes(tag);
        form.setNotes("Notes internes " + tag);
        HostOrganisation host = directory.create(form, coordinator());
        long id = host.getId();

        assertEquals(1, directory.count(byTheme(tag), student()));
        assertEquals("Centre Lumina " + tag, directory.profile(id).orElseThrow().name());
        assertTrue(directory.findForStaff(id, student()).isEmpty(), "a student never gets contacts and notes");
        assertEquals("Notes internes " + tag, directory.findForStaff(id, coordinator()).orElseThrow().getNotes());
        assertEquals(List.of(id), directory.activeByName("centre lumina " + tag, 5).stream().map(HostOrganisation::getId).toList());

        directory.deactivate(id, coordinator());
        assertEquals(0, directory.count(byTheme(tag), student()));
        HostCriteria askingForInactive = new HostCriteria(null, null, null, tag, null, null, Boolean.FALSE);
        assertEquals(0, directory.count(askingForInactive, student()), "students cannot ask for inactive ones");
        assertEquals(1, directory.count(askingForInactive, coordinator()));
        assertTrue(directory.profile(id).isEmpty());
        assertTrue(directory.findActive(id).isEmpty());
        assertTrue(directory.activeByName("centre lumina " + tag, 5).isEmpty());
        assertFalse(directory.filterChoices(student()).themes().contains(tag));
        assertEquals("HOST_DEACTIVATED", audit.history("HOST_ORGANISATION", id).get(1).getAction());

        directory.reactivate(id, coordinator());
        assertTrue(directory.findActive(id).isPresent());
    }

    // ---------------------------------------------------------------- who may edit

    @Test
    void onlyCoordinatorsEditTheDirectoryAndARefusedEditChangesNothing() {
        String tag = "refused-" + unique();
        HostForm form = form("Casa Oberta " + tag, "Tarragona", "ES");
        form.setThemes(tag);
        Account student = accounts.findByEmail(DemoAccounts.STUDENT_ES_PERPIGNAN).orElseThrow();
        Account trainer = accounts.findByEmail(DemoAccounts.TRAINER_MONTPELLIER).orElseThrow();
        Account admin = accounts.findByEmail(DemoAccounts.ADMIN).orElseThrow();   // administers accounts, not the directory
        for (Account account : List.of(student, trainer, admin)) {
            assertThrows(AccessDeniedException.class, () -> directory.create(form, account), account.getEmail());
        }
        assertEquals(0, directory.count(byTheme(tag), coordinator()), "nothing was created");

        HostOrganisation host = directory.create(form, coordinator());
        HostForm renamed = HostForm.of(directory.findForStaff(host.getId(), coordinator()).orElseThrow());
        renamed.setName("Renommée " + tag);
        assertThrows(AccessDeniedException.class, () -> directory.update(host.getId(), renamed, student));
        assertThrows(AccessDeniedException.class, () -> directory.deactivate(host.getId(), trainer));
        directory.deactivate(host.getId(), coordinator());
        assertThrows(AccessDeniedException.class, () -> directory.reactivate(host.getId(), student));

        HostOrganisation after = directory.findForStaff(host.getId(), coordinator()).orElseThrow();
        assertEquals("Casa Oberta " + tag, after.getName());
        assertFalse(after.isActive());
        assertEquals(List.of("HOST_CREATED", "HOST_DEACTIVATED"),
                audit.history("HOST_ORGANISATION", host.getId()).stream().map(e -> e.getAction()).toList());
    }

    // ---------------------------------------------------------------- duplicates

    @Test
    void aLikelyDuplicateIsReportedAndOnlySavedOnceConfirmed() {
        String tag = unique();
        HostOrganisation first = directory.create(form("Fundació Pere Tarrés " + tag, "Girona", "ES"), coordinator());

        HostForm again = form("FUNDACIO  pere-tarres " + tag, " girona ", "ES");
        again.setThemes("dup-" + tag);
        HostDuplicateException e = assertThrows(HostDuplicateException.class, () -> directory.create(again, coordinator()));
        assertEquals(first.getId(), e.duplicate().id());
        assertEquals("Fundació Pere Tarrés " + tag, e.duplicate().name());
        assertEquals("name", e.field().orElseThrow());
        assertEquals(0, directory.count(byTheme("dup-" + tag), coordinator()), "nothing saved before confirmation");

        again.setConfirmedDuplicate(e.confirmation());
        HostOrganisation second = directory.create(again, coordinator());
        assertTrue(second.getId() > first.getId());

        HostForm renamed = HostForm.of(directory.findForStaff(first.getId(), coordinator()).orElseThrow());
        renamed.setNotes("edited without renaming: no warning");
        directory.update(first.getId(), renamed, coordinator());

        HostOrganisation third = directory.create(form("Casal Girona " + tag, "Girona", "ES"), coordinator());
        HostForm renaming = HostForm.of(directory.findForStaff(third.getId(), coordinator()).orElseThrow());
        renaming.setName("Fundacio Pere Tarres " + tag);
        assertThrows(HostDuplicateException.class, () -> directory.update(third.getId(), renaming, coordinator()));
        assertEquals("Casal Girona " + tag, directory.findForStaff(third.getId(), coordinator()).orElseThrow().getName());
    }

    // ---------------------------------------------------------------- edits

    @Test
    void contactsAreAddedEditedAndRemovedWithStableIds() {
        HostForm form = form("Casa da Ribeira " + unique(), "Porto", "PT");
        form.addContact().setFullName("Ana Sousa");
        HostForm.ContactForm second = form.addContact();
        second.setFullName("Rui Lopes");
        second.setEmail("rui.lopes@ribeira.example.org");
        second.setMentor(true);
        HostOrganisation host = directory.create(form, coordinator());
        assertEquals(List.of("Ana Sousa", "Rui Lopes"), host.getContacts().stream().map(HostContact::getFullName).toList());

        HostForm edit = HostForm.of(directory.findForStaff(host.getId(), coordinator()).orElseThrow());
        Long keptId = edit.getContacts().get(1).getId();
        edit.removeContact(0);
        edit.getContacts().get(0).setPhone("+351 22 000 0000");
        edit.addContact().setFullName("Marta Reis");
        directory.update(host.getId(), edit, coordinator());

        List<HostContact> contacts = directory.findForStaff(host.getId(), coordinator()).orElseThrow().getContacts();
        assertEquals(List.of("Rui Lopes", "Marta Reis"), contacts.stream().map(HostContact::getFullName).toList());
        assertEquals(keptId, contacts.get(0).getId());
        assertEquals("+351 22 000 0000", contacts.get(0).getPhone());
        assertTrue(contacts.get(0).isMentor());
        assertEquals("rui.lopes@ribeira.example.org", contacts.get(0).getEmail());
        assertEquals(HostLanguage.EN, contacts.get(1).getLanguage(), "a new contact is written to in English until told");

        HostForm language = HostForm.of(directory.findForStaff(host.getId(), coordinator()).orElseThrow());
        language.getContacts().get(0).setLanguage("pt");
        directory.update(host.getId(), language, coordinator());
        assertEquals(HostLanguage.PT, directory.findForStaff(host.getId(), coordinator()).orElseThrow().getContacts().get(0).getLanguage());
        HostForm forged = HostForm.of(directory.findForStaff(host.getId(), coordinator()).orElseThrow());
        forged.getContacts().get(0).setLanguage("xx");
        BusinessException refused = assertThrows(BusinessException.class, () -> directory.update(host.getId(), forged, coordinator()));
        assertEquals("contacts:0:contactLanguage", refused.field().orElseThrow());
        assertEquals("host.contact.language.invalid", refused.messageKey());
        assertEquals(HostLanguage.PT, directory.findForStaff(host.getId(), coordinator()).orElseThrow().getContacts().get(0).getLanguage());
    }

    @Test
    void aSaveOverSomeoneElsesChangeIsRefusedAndTheirChangeKept() {
        HostOrganisation host = directory.create(form("Buurtteam Zuid " + unique(), "Rotterdam", "NL"), coordinator());
        HostForm mine = HostForm.of(directory.findForStaff(host.getId(), coordinator()).orElseThrow());
        HostForm theirs = HostForm.of(directory.findForStaff(host.getId(), coordinator()).orElseThrow());

        theirs.setAddress("Beijerlandselaan 40");
        directory.update(host.getId(), theirs, coordinator());
        mine.setAddress("Somewhere else");
        assertThrows(ConcurrentModificationException.class, () -> directory.update(host.getId(), mine, coordinator()));
        assertEquals("Beijerlandselaan 40", directory.findForStaff(host.getId(), coordinator()).orElseThrow().getAddress());
    }

    @Test
    void twoSimultaneousSavesOfTheSameVersionLetExactlyOneWin() throws Exception {
        Account coordinator = coordinator();
        HostOrganisation host = directory.create(form("Kinderdagverblijf " + unique(), "Utrecht", "NL"), coordinator);
        ExecutorService pool = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        CountDownLatch bothReady = new CountDownLatch(2);
        List<Future<String>> results = new ArrayList<>();
        for (String address : List.of("Oudegracht 1", "Oudegracht 2")) {
            HostForm form = HostForm.of(directory.findForStaff(host.getId(), coordinator()).orElseThrow());
            form.setAddress(address);
            Callable<String> save = () -> {
                bothReady.countDown();
                bothReady.await(30, TimeUnit.SECONDS);
                try {
                    directory.update(host.getId(), form, coordinator);
                    return "saved";
                } catch (ConcurrentModificationException e) {
                    return "refused";
                }
            };
            results.add(pool.submit(save));
        }
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(result.get(60, TimeUnit.SECONDS));
        }
        outcomes.sort(String::compareTo);
        assertEquals(List.of("refused", "saved"), outcomes);
    }

    @Test
    void invalidInputIsRefusedNextToItsFieldAndNothingIsSaved() {
        String tag = "invalid-" + unique();
        HostForm form = form("Maison " + tag, "Dakar", "SN");
        form.setThemes(tag);
        form.setWebsite("javascript:alert(1)");
        assertEquals("website", assertThrows(BusinessException.class, () -> directory.create(form, coordinator())).field().orElseThrow());
        form.setWebsite("https://maison.example.org");
        form.setLanguages("fr, wo, xx");
        BusinessException language = assertThrows(BusinessException.class, () -> directory.create(form, coordinator()));
        assertEquals("host.languages.unknown", language.messageKey());
        assertEquals("xx", language.arguments()[0]);
        form.setLanguages("fr, wo");
        form.addContact().setEmail("pas-une-adresse");
        BusinessException contact = assertThrows(BusinessException.class, () -> directory.create(form, coordinator()));
        assertEquals("contacts:0:contactName", contact.field().orElseThrow());
        form.getContacts().get(0).setFullName("Aminata Diop");
        assertEquals("contacts:0:contactEmail",
                assertThrows(BusinessException.class, () -> directory.create(form, coordinator())).field().orElseThrow());
        form.setCountryCode("ZZ");
        assertEquals("host.country.unknown", assertThrows(BusinessException.class, () -> directory.create(form, coordinator())).messageKey());
        assertEquals(0, directory.count(byTheme(tag), coordinator()));

        form.setCountryCode("SN");
        form.getContacts().get(0).setEmail("a.diop@maison.example.org");
        form.setLatitude(new java.math.BigDecimal("14.716677"));
        BusinessException half = assertThrows(BusinessException.class, () -> directory.create(form, coordinator()));
        assertEquals("host.coordinates.both", half.messageKey());
        assertEquals("longitude", half.field().orElseThrow());
        form.setLongitude(new java.math.BigDecimal("-197.5"));
        assertEquals("host.coordinates.longitude",
                assertThrows(BusinessException.class, () -> directory.create(form, coordinator())).messageKey());
        assertEquals(0, directory.count(byTheme(tag), coordinator()));

        form.setLongitude(new java.math.BigDecimal("-17.467686"));
        form.setOid("E1001234");
        BusinessException oid = assertThrows(BusinessException.class, () -> directory.create(form, coordinator()));
        assertEquals("host.oid.invalid", oid.messageKey());
        assertEquals("oid", oid.field().orElseThrow());
        assertEquals(0, directory.count(byTheme(tag), coordinator()));

        form.setOid(" e 1001 2345 ");
        HostOrganisation created = directory.create(form, coordinator());
        assertNotNull(created.getId());
        assertEquals(0, new java.math.BigDecimal("14.716677").compareTo(created.getLatitude()), "the city's coordinates are kept");
        assertEquals("E10012345", created.getOid(), "the EU's OID, as the Organisation Registration System writes it");
        assertEquals("E10012345", HostForm.of(created).getOid(), "the edit form shows it back");
    }

    @Test
    void demoDataCoverTheNetworksAndSeveralCountries() {
        Account staff = coordinator();
        assertTrue(directory.count(HostCriteria.ALL, staff) >= 40);
        assertTrue(directory.count(new HostCriteria(null, "MA", null, null, PartnerNetwork.AGADIR_PLATFORM, null, null), staff) >= 3);
        assertTrue(directory.filterChoices(staff).countries().size() >= 15);
        assertTrue(directory.count(new HostCriteria(null, null, null, null, null, null, Boolean.FALSE), staff) >= 3);
    }

    private static List<Long> ids(List<HostRow> rows) {
        return rows.stream().map(HostRow::id).toList();
    }
}

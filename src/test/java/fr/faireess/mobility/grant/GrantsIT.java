package fr.faireess.mobility.grant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

import fr.faireess.mobility.platform.security.AccessDeniedException;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.AccountService;
import fr.faireess.mobility.placement.Placement;
import fr.faireess.mobility.placement.PlacementService;
import fr.faireess.mobility.placement.PlacementState;
import fr.faireess.mobility.platform.audit.AuditEntry;
import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.ConcurrentModificationException;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.reference.Country;
import fr.faireess.mobility.reference.CountryGroupRule;
import fr.faireess.mobility.reference.CountryGroupYear;
import fr.faireess.mobility.reference.CountryGroups;
import fr.faireess.mobility.reference.ErasmusGroup;
import fr.faireess.mobility.reference.ReferenceMaintenance;
import fr.faireess.mobility.reporting.BmField;
import fr.faireess.mobility.reporting.BmLayout;
import fr.faireess.mobility.reporting.BmRow;
import fr.faireess.mobility.reporting.ReportingService;
import fr.faireess.mobility.reporting.ReportingService.Report;
import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.DemoDates;
import fr.faireess.mobility.support.Deployments;
import fr.faireess.mobility.support.TestLanes;

/**
 * Grants on the real server and the demo data: a rate table is filled and locked by an
 * administrator only and never changes afterwards; demo placements get the grants the locked demo
 * table gives; the coordinator's grant facts change the grant; the Beneficiary Module export lists
 * the call year's mobilities without special-category data, for coordinators only, audited.
 */
@ExtendWith(ArquillianExtension.class)
@ResourceLock(TestLanes.SHARED_DEPLOYMENT)
class GrantsIT {

    private static final String EMMA = "emma.garcia@etudiant.faire-ess.fr";
    private static final String THEO = "theo.mercier@etudiant.faire-ess.fr";
    private static final String MANON = "manon.fabre@etudiant.faire-ess.fr";
    private static final String MAELYS = "maelys.vila@etudiant.faire-ess.fr";
    private static final String LOUIS = "louis.bonnet@etudiant.faire-ess.fr";
    private static final String YANIS = "yanis.serra@etudiant.faire-ess.fr";

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Inject private GrantRateService rates;
    @Inject private GrantService grants;
    @Inject private ReportingService reporting;
    @Inject private PlacementService placements;
    @Inject private AccountService accounts;
    @Inject private AuditLog audit;
    @Inject private ReferenceMaintenance reference;
    @Inject private CountryGroups countryGroups;

    private static GrantBreakdown demoGrant(String start, String end, boolean fewer, boolean green, int travel,
            int interruption, String totalAsWritten) {
        return DemoGrants.group2(DemoDates.inServer(), start, end, fewer, green, travel, interruption, totalAsWritten);
    }

    private Account account(String email) {
        return accounts.findByEmail(email).orElseThrow();
    }

    private Account admin() {
        return account(DemoAccounts.ADMIN);
    }

    private Account coordinator() {
        return account(DemoAccounts.COORDINATOR_PERPIGNAN);
    }

    private Placement placementOf(String student) {
        return placements.ofStudent(account(student)).get(0);
    }

    /** A call year nobody used, far from the demo's. */
    private int freeYear() {
        while (true) {
            int year = 2050 + ThreadLocalRandom.current().nextInt(49);
            if (rates.ofYear(year).isEmpty()) {
                return year;
            }
        }
    }

    /** The demo's consortium (both campuses), holder of the tables these tests create. */
    private long consortium() {
        return beneficiary("FAIRE-ESS (consortium)");
    }

    private long beneficiary(String name) {
        return rates.beneficiaries().stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow().id();
    }

    private static void fill(RateTableForm form) {
        form.setAgreementNumber("TEST-1-FR01-KA131-HED-000000001");
        int[][] figures = {{750, 820, 800}, {700, 780, 760}, {600, 750, 650}, {700, 700, 700}};
        for (int i = 0; i < 4; i++) {
            form.getRows().get(i).setMinMonthly(figures[i][0]);
            form.getRows().get(i).setMaxMonthly(figures[i][1]);
            form.getRows().get(i).setMonthlyRate(figures[i][2]);
        }
    }

    @Test
    void anAdministratorFillsAndLocksARateTableThatThenNeverChanges() {
        int year = freeYear();
        GrantRateTable created = rates.create(year, consortium(), admin());
        assertFalse(created.isLocked());
        BusinessException taken = assertThrows(BusinessException.class, () -> rates.create(year, consortium(), admin()));
        assertEquals("grant.rates.yearTaken", taken.messageKey());

        RateTableForm form = created.toForm();
        fill(form);
        form.getRows().get(1).setMonthlyRate(790);
        BusinessException outOfRange = assertThrows(BusinessException.class, () -> rates.save(created.getId(), form, admin()));
        assertEquals("grant.rates.rateOutOfRange", outOfRange.messageKey());
        form.getRows().get(1).setMonthlyRate(760);
        GrantRateTable saved = rates.save(created.getId(), form, admin());
        assertEquals(760, saved.rate(ErasmusGroup.GROUP_2).orElseThrow().getMonthlyRate());
        assertThrows(ConcurrentModificationException.class, () -> rates.save(created.getId(), form, admin()),
                "a form read before the last save");

        GrantRateTable locked = rates.lock(created.getId(), saved.getVersion(), admin());
        assertTrue(locked.isLocked());
        assertEquals(DemoAccounts.ADMIN, locked.getLockedBy());

        RateTableForm change = locked.toForm();
        change.getRows().get(1).setMonthlyRate(770);
        BusinessException refused = assertThrows(BusinessException.class, () -> rates.save(created.getId(), change, admin()));
        assertEquals("grant.rates.locked", refused.messageKey());
        BusinessException again = assertThrows(BusinessException.class,
                () -> rates.lock(created.getId(), locked.getVersion(), admin()));
        assertEquals("grant.rates.locked", again.messageKey());
        assertEquals(760, rates.forBeneficiary(consortium(), year).orElseThrow().rate(ErasmusGroup.GROUP_2).orElseThrow().getMonthlyRate());

        List<AuditEntry> history = audit.history(GrantRateService.AUDIT_SUBJECT, created.getId());
        assertEquals(List.of("RATE_TABLE_CREATED", "RATE_TABLE_EDITED", "RATE_TABLE_LOCKED"),
                history.stream().map(AuditEntry::getAction).toList());
        assertEquals("LOCKED", history.get(2).getToState());
    }

    @Test
    void aTableWithoutItsAgreementNumberCannotBeLockedAndOnlyAdministratorsTouchTables() {
        int year = freeYear();
        assertThrows(AccessDeniedException.class, () -> rates.create(year, consortium(), coordinator()));
        GrantRateTable table = rates.create(year, consortium(), admin());
        RateTableForm form = table.toForm();
        fill(form);
        form.setAgreementNumber(null);
        GrantRateTable saved = rates.save(table.getId(), form, admin());
        BusinessException refused = assertThrows(BusinessException.class, () -> rates.lock(table.getId(), saved.getVersion(), admin()));
        assertEquals("grant.rates.agreementRequired", refused.messageKey());
        assertThrows(AccessDeniedException.class, () -> rates.save(table.getId(), saved.toForm(), coordinator()));
        assertThrows(AccessDeniedException.class, () -> rates.lock(table.getId(), saved.getVersion(), coordinator()));
        assertThrows(AccessDeniedException.class, () -> rates.lock(table.getId(), saved.getVersion(),
                account(DemoAccounts.STUDENT_ASS_PERPIGNAN)));
        assertFalse(rates.forBeneficiary(consortium(), year).orElseThrow().isLocked());
    }

    @Test
    void theDemoPlacementsGetTheGrantsOfTheLockedDemoTable() {
        DemoDates demo = DemoDates.inServer();
        PlacementGrant emma = grants.grantOf(placementOf(EMMA));
        assertEquals(demo.year(2025), emma.callYear());
        assertTrue(emma.table().isLocked());
        assertFalse(emma.isProvisional());
        // planned 1 March → 30 May 2026 (90 days) + 2 travel days = 3 months 2 days at 770 + 150, green travel 50
        GrantBreakdown emmaPlanned = demoGrant("2026-03-01", "2026-05-30", false, true, 2, 0, "2871.33");
        assertEquals(emmaPlanned.total(), emma.planned().total());
        // certified 2 March → 29 May 2026 (88 days) + 2 = 90 days: 3 × 770 + 3 × 150 + 50
        GrantBreakdown emmaActual = demoGrant("2026-03-02", "2026-05-29", false, true, 2, 0, "2810.00");
        assertNotNull(emma.actual());
        assertEquals(emmaActual.fundedDays(), emma.actual().fundedDays());
        assertEquals(emmaActual.total(), emma.actual().total());

        PlacementGrant theo = grants.grantOf(placementOf(THEO));
        assertNull(theo.actual(), "no certificate yet");
        // planned 15 September 2026 → 15 January 2027 (121 days), fewer opportunities; his host's 10 days of
        // closure count (they are not an interruption)
        GrantBreakdown theoPlanned = demoGrant("2026-09-15", "2027-01-15", true, false, 0, 0, "4719.00");
        assertEquals(10, theo.facts().getClosureDays());
        assertEquals(0, theo.planned().interruptionDays());
        assertEquals(theoPlanned.fundedDays(), theo.planned().fundedDays());
        assertEquals(theoPlanned.amount(GrantLineKind.FEWER_OPPORTUNITIES), theo.planned().amount(GrantLineKind.FEWER_OPPORTUNITIES));
        // fewer opportunities: Montpellier → Barcelona (about 300 km) gets the band's travel support
        assertEquals(DistanceBand.KM_100_499, theo.planned().distanceBand());
        assertEquals(new BigDecimal("211.00"), theo.planned().travelSupport());
        assertEquals(theoPlanned.total().add(theo.planned().travelSupport()), theo.planned().total());

        PlacementGrant yanis = grants.grantOf(placementOf(YANIS));
        assertEquals(demo.year(2026), yanis.callYear());
        assertEquals(ErasmusGroup.INTERNATIONAL, yanis.group());
        assertTrue(yanis.isProvisional(), "the 2026 demo table is a draft");
        // Montpellier → Montréal, as the crow flies: international mobility gets the travel support of its band
        assertEquals(List.of(GrantLineKind.BASE, GrantLineKind.TRAVEL_SUPPORT),
                yanis.planned().lines().stream().map(GrantLine::kind).toList());
        assertEquals(DistanceBand.KM_4000_7999, yanis.planned().distanceBand());
        assertEquals(new BigDecimal("1188.00"), yanis.planned().travelSupport());

        Placement louis = placementOf(LOUIS);
        assertEquals(PlacementState.CANCELLED, louis.getState());
        assertNull(grants.grantOf(louis).planned());
    }

    @Test
    void theCoordinatorsGrantFactsChangeTheGrant() {
        Placement manon = placementOf(MANON);
        long version = grants.facts(manon).getVersion();
        GrantFactsForm form = new GrantFactsForm();
        form.setGreenTravel(false);
        form.setTravelDays(3);
        form.setVersion(version);
        assertEquals("grant.facts.travelDaysInvalid",
                assertThrows(BusinessException.class, () -> grants.saveFacts(manon.getId(), form, coordinator())).messageKey());
        form.setGreenTravel(true);
        form.setTravelDays(7);
        assertEquals("grant.facts.travelDaysInvalidGreen",
                assertThrows(BusinessException.class, () -> grants.saveFacts(manon.getId(), form, coordinator())).messageKey());
        form.setTravelDays(2);
        assertThrows(AccessDeniedException.class, () -> grants.saveFacts(manon.getId(), form, account(MANON)));
        BigDecimal before = grants.grantOf(manon).planned().total();

        GrantFacts saved = grants.saveFacts(manon.getId(), form, coordinator());
        PlacementGrant after = grants.grantOf(manon);
        assertTrue(after.facts().isGreenTravel());
        assertEquals(new BigDecimal("50.00"), after.planned().amount(GrantLineKind.GREEN_TRAVEL));
        assertTrue(after.planned().total().compareTo(before.add(new BigDecimal("50.00"))) > 0, "two more funded days too");
        assertThrows(ConcurrentModificationException.class, () -> grants.saveFacts(manon.getId(), form, coordinator()));
        assertTrue(placements.timeline(manon).stream().anyMatch(e -> e.getAction().equals("GRANT_FACTS_EDITED")));

        GrantFactsForm reset = new GrantFactsForm();
        reset.setVersion(saved.getVersion());
        grants.saveFacts(manon.getId(), reset, coordinator());
        assertEquals(before, grants.grantOf(manon).planned().total());

        // Another campus's coordinator is refused at the service, whatever id they post (issue #16).
        Placement perpignan = placementOf(MANON);
        GrantFactsForm fromMontpellier = new GrantFactsForm();
        fromMontpellier.setGreenTravel(true);
        fromMontpellier.setTravelDays(2);
        fromMontpellier.setVersion(grants.facts(perpignan).getVersion());
        assertThrows(NotFoundException.class,
                () -> grants.saveFacts(perpignan.getId(), fromMontpellier, account(DemoAccounts.COORDINATOR_MONTPELLIER)));
        assertEquals(before, grants.grantOf(perpignan).planned().total(), "nothing was recorded");

        GrantFactsForm cancelled = new GrantFactsForm();
        assertEquals("grant.facts.cancelled", assertThrows(BusinessException.class,
                () -> grants.saveFacts(placementOf(LOUIS).getId(), cancelled, coordinator())).messageKey());
    }

    @Test
    void theBeneficiaryExportListsTheCallYearsMobilitiesWithoutSpecialCategoryDataForCoordinatorsOnly() throws Exception {
        DemoDates demo = DemoDates.inServer();
        int year = demo.year(2025);   // the demo's locked table, its mobilities those of the closed call
        int before = audit.history(ReportingService.AUDIT_SUBJECT, year).size();
        Report report = reporting.preview(year, coordinator());
        List<String> names = report.rows().stream().map(r -> r.mobility().lastName()).toList();
        assertTrue(names.containsAll(List.of("Garcia", "Martinez", "Mercier", "Roussel")), names.toString());
        assertFalse(names.contains("Bonnet"), "a cancelled placement is no mobility");
        assertFalse(names.contains("Serra"), "call 2026");
        BmRow emma = report.rows().get(names.indexOf("Garcia"));
        assertEquals(demo.label("{{year:2025}}-1-FR01-KA131-HED-000099001"), BmField.AGREEMENT_NUMBER.valueOf(emma));
        assertEquals(demoGrant("2026-03-02", "2026-05-29", false, true, 2, 0, "2810.00").total(),
                BmField.MOBILITY_GRANT.valueOf(emma), "the certificate's grant");
        BmRow nathan = report.rows().get(names.indexOf("Martinez"));
        assertEquals(demo.date("2026-04-10"), BmField.END_DATE.valueOf(nathan), "the certificate's actual end");
        assertEquals(before, audit.history(ReportingService.AUDIT_SUBJECT, year).size(), "a preview is not a download");

        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        assertEquals(report.rows().size(), reporting.export(year, BmLayout.Format.CSV, coordinator(), out));
        String csv = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(report.rows().size() + 1, csv.split("\r\n").length, "a header and a line per mobility");
        assertFalse(csv.contains("santé") || csv.contains("Raisons"), "stop reasons never leave the application");

        List<AuditEntry> history = audit.history(ReportingService.AUDIT_SUBJECT, year);
        assertEquals(before + 1, history.size());
        assertEquals("BENEFICIARY_EXPORT_CSV", history.get(history.size() - 1).getAction());
        assertEquals(DemoAccounts.COORDINATOR_PERPIGNAN, history.get(history.size() - 1).getActorEmail());

        // A coordinator who sees Montpellier only reports Montpellier's mobilities only.
        Report montpellier = reporting.preview(year, account(DemoAccounts.COORDINATOR_MONTPELLIER));
        assertFalse(montpellier.rows().isEmpty(), "Montpellier has 2025 mobilities");
        assertTrue(montpellier.rows().size() < report.rows().size(), "and so has Perpignan");
        assertTrue(report.rows().containsAll(montpellier.rows()));
        assertTrue(montpellier.rows().stream().allMatch(r -> String.valueOf(BmField.SENDING_NAME.valueOf(r)).contains("Montpellier")),
                montpellier.rows().toString());

        assertThrows(AccessDeniedException.class,
                () -> reporting.export(year, BmLayout.Format.CSV, account(EMMA), new java.io.ByteArrayOutputStream()));
        assertThrows(AccessDeniedException.class, () -> reporting.preview(year, account(DemoAccounts.TRAINER_PERPIGNAN)));
        assertEquals(before + 1, audit.history(ReportingService.AUDIT_SUBJECT, year).size());
        assertTrue(reporting.callYears().containsAll(List.of(year, demo.year(2026))));
        assertEquals(year, reporting.defaultCallYear().orElseThrow(), "the latest year with calls and a locked table");
    }

    /**
     * The demo's second call year: each school holds its own grant. Each placement is paid from its
     * school's table (Perpignan's rates are not Montpellier's), each school's BM file holds its own
     * students under its own agreement number; the first year's consortium has one file for both.
     */
    @Test
    void eachBeneficiaryPaysFromItsOwnTableAndHasItsOwnBeneficiaryModuleFile() throws Exception {
        DemoDates demo = DemoDates.inServer();
        int year = demo.year(2026);
        long perpignan = beneficiary("IRTS Perpignan");
        long montpellier = beneficiary("IRTS Montpellier");
        GrantRateTable perpignanTable = rates.forBeneficiary(perpignan, year).orElseThrow();
        GrantRateTable montpellierTable = rates.forBeneficiary(montpellier, year).orElseThrow();
        assertNotEquals(perpignanTable.rate(ErasmusGroup.GROUP_2).orElseThrow().getMonthlyRate(),
                montpellierTable.rate(ErasmusGroup.GROUP_2).orElseThrow().getMonthlyRate(), "the demo's two schools differ");

        PlacementGrant maelys = grants.grantOf(placementOf(MAELYS));
        assertEquals(perpignanTable.getId(), maelys.table().getId(), "a Perpignan student: Perpignan's school's table");
        assertEquals(perpignanTable.ratesFor(maelys.group()).monthlyRate(), maelys.table().ratesFor(maelys.group()).monthlyRate());
        PlacementGrant yanis = grants.grantOf(placementOf(YANIS));
        assertEquals(montpellierTable.getId(), yanis.table().getId());

        // One file per school that year, for a coordinator who sees both campuses.
        assertEquals(List.of("IRTS Montpellier", "IRTS Perpignan"),
                reporting.beneficiaries(year, coordinator()).stream().map(GrantBeneficiaries.Ref::name).toList());
        assertEquals(List.of("IRTS Montpellier"), reporting.beneficiaries(year, account(DemoAccounts.COORDINATOR_MONTPELLIER))
                .stream().map(GrantBeneficiaries.Ref::name).toList(), "a Montpellier coordinator: Montpellier's file only");
        Report ofPerpignan = reporting.preview(year, perpignan, coordinator());
        List<String> names = ofPerpignan.rows().stream().map(r -> r.mobility().lastName()).toList();
        assertTrue(names.contains("Vila") && !names.contains("Serra"), names.toString());
        String perpignanNumber = year + "-1-FR01-KA131-HED-000099002";
        String montpellierNumber = year + "-1-FR01-KA131-HED-000099003";
        assertEquals(perpignanNumber, ofPerpignan.agreementNumber());
        assertTrue(ofPerpignan.rows().stream().allMatch(r -> perpignanNumber.equals(BmField.AGREEMENT_NUMBER.valueOf(r))));
        Report ofMontpellier = reporting.preview(year, montpellier, coordinator());
        assertTrue(ofMontpellier.rows().stream().anyMatch(r -> r.mobility().lastName().equals("Serra")));
        assertTrue(ofMontpellier.rows().stream().allMatch(r -> montpellierNumber.equals(BmField.AGREEMENT_NUMBER.valueOf(r))),
                "the budget's number: Montpellier's draft table has none yet");

        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        assertEquals(ofPerpignan.rows().size(), reporting.export(year, perpignan, BmLayout.Format.CSV, coordinator(), out));
        String csv = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(csv.contains(perpignanNumber) && csv.contains("Vila"), csv);
        assertFalse(csv.contains(montpellierNumber) || csv.contains("Serra"), csv);
        assertThrows(NotFoundException.class, () -> reporting.preview(year, consortium(), coordinator()),
                "the consortium pays for nobody that year");

        // The first year: the consortium's one file, both campuses, its one number.
        int first = demo.year(2025);
        assertEquals(List.of("FAIRE-ESS (consortium)"),
                reporting.beneficiaries(first, coordinator()).stream().map(GrantBeneficiaries.Ref::name).toList());
        Report ofConsortium = reporting.preview(first, consortium(), coordinator());
        assertEquals(reporting.preview(first, coordinator()).rows().size(), ofConsortium.rows().size());
        assertEquals(demo.label("{{year:2025}}-1-FR01-KA131-HED-000099001"), ofConsortium.agreementNumber());

        // A school already has its table that year; the consortium shares their campuses.
        assertEquals("grant.rates.yearTaken", assertThrows(BusinessException.class,
                () -> rates.create(year, perpignan, admin())).messageKey());
        assertEquals("grant.rates.campusTaken", assertThrows(BusinessException.class,
                () -> rates.create(year, consortium(), admin())).messageKey());
        assertEquals("grant.rates.beneficiaryRequired", assertThrows(BusinessException.class,
                () -> rates.create(freeYear(), null, admin())).messageKey());
    }

    private long groupVersion(String country, int callYear) {
        return countryGroups.years(country).stream().filter(y -> y.getCallYear() == callYear)
                .mapToLong(CountryGroupYear::getVersion).findFirst().orElse(-1);
    }

    @Test
    void anAdministratorCorrectsACountrysGroupForOneCallYearAuditedAndTheGrantsOfThatYearFollow() {
        Placement yanis = placementOf(YANIS);
        int year = grants.callYearOf(yanis).orElseThrow();
        Country canada = yanis.getHost().getCountry();
        String code = canada.getCode();
        assertEquals(ErasmusGroup.INTERNATIONAL, grants.grantOf(yanis).group());
        long version = groupVersion(code, year);
        assertThrows(AccessDeniedException.class,
                () -> reference.changeCountryGroup(code, year, ErasmusGroup.GROUP_3, version, coordinator()));
        Country spain = placementOf(EMMA).getHost().getCountry();
        assertEquals("reference.country.eeaNotInternational", assertThrows(BusinessException.class,
                () -> reference.changeCountryGroup(spain.getCode(), year, ErasmusGroup.INTERNATIONAL,
                        groupVersion(spain.getCode(), year), admin())).messageKey());
        int before = reference.history(ReferenceMaintenance.COUNTRY, code).size();

        assertTrue(reference.changeCountryGroup(code, year, ErasmusGroup.GROUP_3, version, admin()));
        try {
            assertEquals(ErasmusGroup.GROUP_3, countryGroups.groupOf(canada, year));
            assertEquals(ErasmusGroup.INTERNATIONAL, countryGroups.groupOf(canada, year - 1), "other call years keep theirs");
            PlacementGrant regrouped = grants.grantOf(placementOf(YANIS));
            assertEquals(ErasmusGroup.GROUP_3, regrouped.group());
            assertTrue(regrouped.planned().lines().stream().anyMatch(l -> l.kind() == GrantLineKind.TRAINEESHIP),
                    "a programme-country group gets the traineeship top-up");
            List<AuditEntry> history = reference.history(ReferenceMaintenance.COUNTRY, code);
            assertEquals(before + 1, history.size());
            AuditEntry last = history.get(history.size() - 1);
            assertEquals("COUNTRY_GROUP_CHANGED", last.getAction());
            assertEquals("INTERNATIONAL " + year, last.getFromState());
            assertEquals("GROUP_3 " + year, last.getToState());
            assertEquals(DemoAccounts.ADMIN, last.getActorEmail());
            assertThrows(ConcurrentModificationException.class,
                    () -> reference.changeCountryGroup(code, year, ErasmusGroup.GROUP_2, version, admin()));
        } finally {
            reference.changeCountryGroup(code, year, ErasmusGroup.INTERNATIONAL, groupVersion(code, year), admin());
        }
        assertEquals(ErasmusGroup.INTERNATIONAL, grants.grantOf(placementOf(YANIS)).group());

        // a call year the table does not hold yet: correcting one country first copies every country's groups forward
        int later = CountryGroupRule.LAST_YEAR;
        assertFalse(reference.changeCountryGroup(code, later, ErasmusGroup.INTERNATIONAL, groupVersion(code, later), admin()),
                "Canada already has that group in a later call year: nothing to record");
        assertEquals(ErasmusGroup.GROUP_2, countryGroups.years("FR").stream().filter(y -> y.getCallYear() == later)
                .findFirst().orElseThrow().getGroup());
    }
}

package fr.faireess.mobility.grant;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.TreeMap;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.faireess.mobility.platform.persistence.DatabaseMigrator;
import fr.faireess.mobility.reference.CountryGroupRule;
import fr.faireess.mobility.reference.ErasmusGroup;

/**
 * The country groups the migrations seed per call year (on an in-memory H2 database, no server) and
 * the grants they give: Andorra in group 2 with the traineeship top-up, the United Kingdom a partner
 * country for the 2026 call and a programme country for the 2027 call, outermost regions and OCTs
 * with their member state's group, a later call year keeping the last seeded year's groups.
 * Figures: group 1 €820, group 2 €770, international €700 a month; top-ups 150 / 250 / 50.
 */
class CountryGroupsByCallYearTest {

    private static JdbcDataSource db;

    @BeforeAll
    static void migrate() {
        db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:countrygroups;MODE=LEGACY;DB_CLOSE_DELAY=-1");
        DatabaseMigrator.migrate(db, false, LocalDate.of(2026, 12, 4));
    }

    @AfterAll
    static void shutdown() throws SQLException {
        try (Connection c = db.getConnection()) {
            c.createStatement().execute("SHUTDOWN");
        }
    }

    private static ErasmusGroup group(String country, int callYear) throws SQLException {
        TreeMap<Integer, ErasmusGroup> byYear = new TreeMap<>();
        ErasmusGroup own;
        try (Connection c = db.getConnection()) {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT call_year, erasmus_group FROM country_group_year WHERE country_code = ?")) {
                q.setString(1, country);
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        byYear.put(r.getInt(1), ErasmusGroup.valueOf(r.getString(2)));
                    }
                }
            }
            try (PreparedStatement q = c.prepareStatement("SELECT erasmus_group FROM country WHERE code = ?")) {
                q.setString(1, country);
                try (ResultSet r = q.executeQuery()) {
                    r.next();
                    own = ErasmusGroup.valueOf(r.getString(1));
                }
            }
        }
        return CountryGroupRule.groupIn(callYear, byYear, own);
    }

    private static GrantRates rates(ErasmusGroup group) {
        int monthly = switch (group) {
            case GROUP_1 -> 820;
            case GROUP_2 -> 770;
            case GROUP_3 -> 680;
            case INTERNATIONAL -> 700;
        };
        return GrantRates.forGroup(group, monthly, 150, 250, 50, TravelSupport.NONE);
    }

    private static GrantBreakdown grant(String country, int callYear, String start, String end) throws SQLException {
        ErasmusGroup group = group(country, callYear);
        return GrantCalculator.compute(new GrantInput(LocalDate.parse(start), LocalDate.parse(end), group, false, false, 0, 0),
                rates(group));
    }

    @Test
    void anAndorraTraineeshipFromFebruaryToMayIsGroupTwoWithTheTraineeshipTopUp() throws SQLException {
        assertThat(group("AD", 2026)).isEqualTo(ErasmusGroup.GROUP_2);
        // 1 February → 31 May 2027: 120 days, 4 months
        GrantBreakdown grant = grant("AD", 2026, "2027-02-01", "2027-05-31");
        assertThat(grant.months()).isEqualTo(4);
        assertThat(grant.extraDays()).isZero();
        assertThat(grant.amount(GrantLineKind.BASE)).isEqualTo(new BigDecimal("3080.00"));
        assertThat(grant.amount(GrantLineKind.TRAINEESHIP)).isEqualTo(new BigDecimal("600.00"));
        assertThat(grant.total()).isEqualTo(new BigDecimal("3680.00"));
        for (String associated : new String[] {"MC", "SM", "VA"}) {
            assertThat(group(associated, 2026)).as(associated).isEqualTo(ErasmusGroup.GROUP_2);
        }
    }

    @Test
    void theUnitedKingdomIsAPartnerCountryForTheTwentyTwentySixCallAndInGroupOneFromTwentyTwentySeven() throws SQLException {
        assertThat(group("GB", 2026)).isEqualTo(ErasmusGroup.INTERNATIONAL);
        assertThat(group("GB", 2027)).isEqualTo(ErasmusGroup.GROUP_1);
        assertThat(group("GB", 2031)).as("a later call keeps the last seeded year's group").isEqualTo(ErasmusGroup.GROUP_1);

        GrantBreakdown partner = grant("GB", 2026, "2027-02-01", "2027-05-31");
        assertThat(partner.lines()).extracting(GrantLine::kind).containsExactly(GrantLineKind.BASE);
        assertThat(partner.total()).isEqualTo(new BigDecimal("2800.00"));
        GrantBreakdown programme = grant("GB", 2027, "2028-02-01", "2028-05-31");
        assertThat(programme.lines()).extracting(GrantLine::kind).containsExactly(GrantLineKind.BASE, GrantLineKind.TRAINEESHIP);
        assertThat(programme.total()).isEqualTo(new BigDecimal("3880.00"));
    }

    @Test
    void outermostRegionsAndOverseasTerritoriesTakeTheirMemberStatesGroup() throws SQLException {
        for (String outermost : new String[] {"GP", "GF", "MQ", "RE", "YT", "MF"}) {
            assertThat(group(outermost, 2026)).as(outermost).isEqualTo(ErasmusGroup.GROUP_2);
        }
        assertThat(group("AX", 2026)).as("Åland, Finland").isEqualTo(ErasmusGroup.GROUP_1);
        assertThat(group("PF", 2026)).as("French Polynesia, France").isEqualTo(ErasmusGroup.GROUP_2);
        assertThat(group("GL", 2026)).as("Greenland, Denmark").isEqualTo(ErasmusGroup.GROUP_1);
        assertThat(group("CW", 2026)).as("Curaçao, the Netherlands").isEqualTo(ErasmusGroup.GROUP_2);
        assertThat(group("MA", 2026)).isEqualTo(ErasmusGroup.INTERNATIONAL);
    }

    @Test
    void aCallYearBeforeTheTableTakesItsFirstYear() {
        TreeMap<Integer, ErasmusGroup> byYear = new TreeMap<>();
        byYear.put(2021, ErasmusGroup.GROUP_3);
        byYear.put(2025, ErasmusGroup.GROUP_2);
        assertThat(CountryGroupRule.groupIn(2020, byYear, ErasmusGroup.INTERNATIONAL)).isEqualTo(ErasmusGroup.GROUP_3);
        assertThat(CountryGroupRule.groupIn(2024, byYear, ErasmusGroup.INTERNATIONAL)).isEqualTo(ErasmusGroup.GROUP_3);
        assertThat(CountryGroupRule.groupIn(2030, byYear, ErasmusGroup.INTERNATIONAL)).isEqualTo(ErasmusGroup.GROUP_2);
        assertThat(CountryGroupRule.groupIn(2030, new TreeMap<>(), ErasmusGroup.INTERNATIONAL)).isEqualTo(ErasmusGroup.INTERNATIONAL);
    }
}

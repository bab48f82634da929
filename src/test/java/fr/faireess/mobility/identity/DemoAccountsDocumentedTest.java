package fr.faireess.mobility.identity;

import fr.faireess.mobility.platform.security.Role;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.junit.jupiter.api.Test;

import fr.faireess.mobility.support.DemoAccounts;

/**
 * The README's demo accounts are the demo data's: same e-mails, roles, campuses, programmes and
 * years, the password it gives opens them, and they cover what the foundation promises (a student
 * per programme and campus, a coordinator per campus, two trainers, an admin).
 */
class DemoAccountsDocumentedTest {

    private static final Path README = Path.of("README.md");
    private static final Path DEMO_ACCOUNTS = Path.of("src/main/resources/db/demo/V1__demo_accounts.sql");

    /** One row of the README table or one account of the demo data, in the same terms. */
    record Demo(String email, Role role, String campus, String programme, Integer year) {
    }

    private static List<Demo> readme() throws IOException {
        Pattern row = Pattern.compile("^\\| ([^|]+) \\| `([^`]+@[^`]+)` \\| ([^|]+) \\| ([^|]+) \\|$");
        List<Demo> rows = new ArrayList<>();
        for (String line : Files.readAllLines(README, StandardCharsets.UTF_8)) {
            Matcher m = row.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String label = m.group(1).trim();
            Role role = label.startsWith("Admin") ? Role.ADMIN : label.startsWith("Coordinat") ? Role.COORDINATOR
                    : label.startsWith("Format") ? Role.TRAINER : label.startsWith("Étudiant") ? Role.STUDENT : null;
            assertThat(role).as("role of " + line).isNotNull();
            String campus = m.group(3).trim();
            Matcher study = Pattern.compile("(ASS|ES|EJE), (\\d)(?:re|e) année").matcher(m.group(4).trim());
            boolean student = study.matches();
            rows.add(new Demo(m.group(2), role, campus.equals("—") ? null : campus.toUpperCase(),
                    student ? study.group(1) : null, student ? Integer.valueOf(study.group(2)) : null));
        }
        return rows;
    }

    private static String sql() throws IOException {
        return Files.readString(DEMO_ACCOUNTS, StandardCharsets.UTF_8);
    }

    /** Accounts of the demo data: e-mail → (campus, programme, year, hash), and their roles. */
    private static Map<String, Demo> demoData(Map<String, String> hashes) throws IOException {
        String sql = sql();
        Map<String, Role> roles = new HashMap<>();
        Matcher role = Pattern.compile("SELECT id, '([A-Z]+)' FROM account WHERE email = '([^']+)'").matcher(sql);
        while (role.find()) {
            assertThat(roles.put(role.group(2), Role.valueOf(role.group(1)))).as("one role each").isNull();
        }
        Map<String, Demo> accounts = new HashMap<>();
        Matcher account = Pattern.compile(
                "\\('([^']+@[^']+)', '[^']*', '[^']*', '([^']+)', (NULL|'[A-Z]+'), (NULL|'[A-Z]+'), (NULL|\\d)").matcher(sql);
        while (account.find()) {
            String email = account.group(1);
            hashes.put(email, account.group(2));
            accounts.put(email, new Demo(email, roles.get(email), unquote(account.group(3)), unquote(account.group(4)),
                    account.group(5).equals("NULL") ? null : Integer.valueOf(account.group(5))));
        }
        return accounts;
    }

    private static String unquote(String value) {
        return value.equals("NULL") ? null : value.substring(1, value.length() - 1);
    }

    @Test
    void everyAccountTheReadmeListsIsInTheDemoDataAsDescribed() throws IOException {
        List<Demo> readme = readme();
        Map<String, Demo> data = demoData(new HashMap<>());
        assertThat(readme).hasSize(11);
        for (Demo row : readme) {
            assertThat(data.get(row.email())).as(row.email()).isEqualTo(row);
        }
    }

    @Test
    void theDemoAccountsCoverEveryProgrammeAndCampusAndEveryRole() throws IOException {
        List<Demo> readme = readme();
        Set<String> studentPlaces = new HashSet<>();
        Set<String> coordinatorCampuses = new HashSet<>();
        int trainers = 0;
        int admins = 0;
        for (Demo row : readme) {
            switch (row.role()) {
                case STUDENT -> studentPlaces.add(row.programme() + "@" + row.campus());
                case COORDINATOR -> coordinatorCampuses.add(row.campus());
                case TRAINER -> trainers++;
                case ADMIN -> admins++;
            }
        }
        assertThat(studentPlaces).containsExactlyInAnyOrder("ASS@PERPIGNAN", "ES@PERPIGNAN", "EJE@PERPIGNAN",
                "ASS@MONTPELLIER", "ES@MONTPELLIER", "EJE@MONTPELLIER");
        assertThat(coordinatorCampuses).containsExactlyInAnyOrder("PERPIGNAN", "MONTPELLIER");
        assertThat(trainers).isEqualTo(2);
        assertThat(admins).isEqualTo(1);
        assertThat(readme.stream().map(Demo::email)).contains(DemoAccounts.ADMIN, DemoAccounts.COORDINATOR_PERPIGNAN,
                DemoAccounts.COORDINATOR_MONTPELLIER, DemoAccounts.TRAINER_PERPIGNAN, DemoAccounts.TRAINER_MONTPELLIER,
                DemoAccounts.STUDENT_ASS_PERPIGNAN, DemoAccounts.STUDENT_ES_PERPIGNAN, DemoAccounts.STUDENT_EJE_PERPIGNAN,
                DemoAccounts.STUDENT_ASS_MONTPELLIER, DemoAccounts.STUDENT_ES_MONTPELLIER,
                DemoAccounts.STUDENT_EJE_MONTPELLIER);
    }

    @Test
    void thePasswordTheReadmeGivesOpensEveryDemoAccount() throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        Matcher given = Pattern.compile("Every demo password is\\s+\\*\\*`([^`]+)`\\*\\*").matcher(readme);
        assertThat(given.find()).as("the README states the demo password").isTrue();
        assertThat(given.group(1)).isEqualTo(DemoAccounts.PASSWORD);
        Map<String, String> hashes = new HashMap<>();
        demoData(hashes);
        for (String hash : new HashSet<>(hashes.values())) {
            assertThat(pbkdf2Matches(DemoAccounts.PASSWORD, hash)).as(hash).isTrue();
            assertThat(pbkdf2Matches(DemoAccounts.PASSWORD + "x", hash)).isFalse();
        }
    }

    /** Checks a password against a hash in Jakarta Security's PBKDF2 format: algorithm:iterations:salt:hash. */
    private static boolean pbkdf2Matches(String password, String stored) throws GeneralSecurityException {
        String[] parts = stored.split(":");
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, Integer.parseInt(parts[1]), expected.length * 8);
        byte[] actual = SecretKeyFactory.getInstance(parts[0]).generateSecret(spec).getEncoded();
        return MessageDigest.isEqual(expected, actual);
    }
}

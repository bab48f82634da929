package fr.faireess.mobility.identity;

import fr.faireess.mobility.platform.security.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import fr.faireess.mobility.platform.error.BusinessException;

class CohortCsvTest {

    @Test
    void aRegistrarExportIsReadWhateverTheColumnOrderAndAccents() {
        String csv = "\uFEFFNom;Prénom;E-mail;Année;Formation;Campus\n"
                + "Martin;Léa;Lea.Martin@etudiant.faire-ess.fr;1re année;ass;IRTS Perpignan\n"
                + "\"Ait Said\";\"Yanis; dit Yan\";yanis.aitsaid@etudiant.faire-ess.fr;2;EJE;Montpellier\n";
        List<AccountForm> forms = CohortCsv.parse(csv);
        assertThat(forms).hasSize(2);
        AccountForm lea = forms.get(0);
        assertThat(lea.getEmail()).isEqualTo("Lea.Martin@etudiant.faire-ess.fr");
        assertThat(lea.getFirstName()).isEqualTo("Léa");
        assertThat(lea.getCampusCode()).isEqualTo("PERPIGNAN");
        assertThat(lea.getProgrammeCode()).isEqualTo("ASS");
        assertThat(lea.getStudyYear()).isEqualTo(1);
        assertThat(lea.getRoles()).containsExactly(Role.STUDENT);
        assertThat(forms.get(1).getFirstName()).isEqualTo("Yanis; dit Yan");
        assertThat(forms.get(1).getCampusCode()).isEqualTo("MONTPELLIER");
    }

    @Test
    void commasWorkToo() {
        assertThat(CohortCsv.parse("email,first_name,last_name,campus,programme,year\na@b.fr,A,B,Perpignan,ES,3\n"))
                .singleElement().satisfies(f -> assertThat(f.getStudyYear()).isEqualTo(3));
    }

    private static String keyOf(String csv) {
        try {
            CohortCsv.parse(csv);
        } catch (BusinessException e) {
            return e.messageKey() + " " + List.of(e.arguments());
        }
        throw new AssertionError("accepted: " + csv);
    }

    @Test
    void aWrongFileIsRefusedWithTheLineNumber() {
        assertThat(keyOf("email;prenom;nom;campus;formation;annee\n")).startsWith("account.import.empty");
        assertThat(keyOf("email;prenom;nom;campus;formation\nx@y.fr;A;B;Perpignan;ES\n"))
                .isEqualTo("account.import.missingColumn [year]");
        assertThat(keyOf("email;prenom;nom;campus;formation;annee\na@b.fr;A;B;Perpignan;ES;2\nnot-an-email;C;D;Perpignan;ES;2\n"))
                .isEqualTo("account.import.badEmail [3]");
        assertThat(keyOf("email;prenom;nom;campus;formation;annee\na@b.fr;A;B;Perpignan;ES;deux\n"))
                .isEqualTo("account.import.badYear [2, deux]");
        assertThat(keyOf("email;prenom;nom;campus;formation;annee\na@b.fr;A;B;Perpignan;ES;2\nA@B.fr;C;D;Perpignan;ES;2\n"))
                .isEqualTo("account.import.duplicateInFile [3, A@B.fr]");
    }

    @Test
    void aHugeFileIsRefused() {
        StringBuilder csv = new StringBuilder("email;prenom;nom;campus;formation;annee\n");
        for (int i = 0; i <= CohortCsv.MAX_LINES; i++) {
            csv.append("s").append(i).append("@x.fr;A;B;Perpignan;ES;1\n");
        }
        assertThatThrownBy(() -> CohortCsv.parse(csv.toString())).hasMessage("account.import.tooMany");
    }
}

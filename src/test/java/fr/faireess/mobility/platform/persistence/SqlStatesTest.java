package fr.faireess.mobility.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The constraint-violation test shared by the job leases and the API's rate buckets. */
class SqlStatesTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "23505, true",    // H2: duplicate key
            "23000, true",    // MySQL/MariaDB: duplicate entry
            "23503, true",    // a foreign key refused the row
            "40001, false",   // a deadlock or serialisation failure: tried again, not "the row is there"
            "08S01, false",   // the connection broke
            "null, false"})
    void onlyClass23IsAConstraintViolation(String state, boolean violation) {
        assertThat(SqlStates.isConstraintViolation(new SQLException("refused", state))).isEqualTo(violation);
    }
}

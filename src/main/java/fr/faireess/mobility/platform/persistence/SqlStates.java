package fr.faireess.mobility.platform.persistence;

import java.sql.SQLException;

/**
 * Reading a JDBC failure's SQLState the same way on H2 and MySQL/MariaDB. Used where plain JDBC
 * inserts a row another instance may have inserted first (job leases, API rate buckets): the loser
 * gets an integrity-constraint violation and carries on with the row that is there.
 */
public final class SqlStates {

    /** SQL:2003 class 23, "integrity constraint violation" (a duplicate key among them). */
    private static final String INTEGRITY_CONSTRAINT_CLASS = "23";

    private SqlStates() {
    }

    /** Whether {@code e} says a constraint refused the row (H2: 23505 for a duplicate key; MySQL: 23000). */
    public static boolean isConstraintViolation(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith(INTEGRITY_CONSTRAINT_CLASS);
    }
}

package fr.faireess.mobility.platform.persistence;

/** The two databases the application supports, recognised from the JDBC URL. */
public enum DatabaseVendor {
    H2("org.h2.Driver"),
    MYSQL("com.mysql.cj.jdbc.Driver");

    private final String driverClass;

    DatabaseVendor(String driverClass) {
        this.driverClass = driverClass;
    }

    public static DatabaseVendor of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (jdbcUrl.startsWith("jdbc:mysql:") || jdbcUrl.startsWith("jdbc:mariadb:")) {
            return MYSQL;
        }
        throw new IllegalArgumentException("Unsupported database URL: " + redact(jdbcUrl)
                + " (expected jdbc:h2:... or jdbc:mysql:...)");
    }

    public String driverClass() {
        return driverClass;
    }

    /** A URL for logs: query parameters may carry credentials, so they are cut off. */
    public static String redact(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query) + "?…";
    }
}

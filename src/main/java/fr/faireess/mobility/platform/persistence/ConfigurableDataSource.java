package fr.faireess.mobility.platform.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

import javax.sql.DataSource;

import fr.faireess.mobility.platform.config.Settings;

/**
 * The application's JDBC data source: H2 or MySQL, chosen at start from {@link Settings} rather than
 * at build time, so one WAR runs on both. Payara's connection pool wraps it (see
 * {@link DataSourceSetup}); this class only opens physical connections with the right driver.
 *
 * <p>The driver is instantiated directly instead of going through {@code DriverManager}, which
 * would refuse drivers that live in the web application's class loader.
 */
public class ConfigurableDataSource implements DataSource {

    private final Settings settings = Settings.fromConfig();
    private volatile Driver driver;
    private int loginTimeout;

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(settings.dbUser(), settings.dbPassword());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        Properties props = new Properties();
        if (user != null && !user.isEmpty()) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        String url = settings.jdbcUrl();
        Connection connection = driver(url).connect(url, props);
        if (connection == null) {
            throw new SQLException("No JDBC driver accepts " + DatabaseVendor.redact(url));
        }
        return connection;
    }

    private Driver driver(String url) throws SQLException {
        Driver current = driver;
        if (current == null) {
            try {
                current = (Driver) Class.forName(DatabaseVendor.of(url).driverClass(), true,
                        ConfigurableDataSource.class.getClassLoader()).getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new SQLException("JDBC driver missing for " + DatabaseVendor.redact(url), e);
            }
            driver = current;
        }
        return current;
    }

    // Standard properties Payara sets from @DataSourceDefinition; the values come from Settings instead.
    public void setUrl(String ignored) { }
    public void setUser(String ignored) { }
    public void setPassword(String ignored) { }

    @Override public PrintWriter getLogWriter() { return null; }
    @Override public void setLogWriter(PrintWriter out) { }
    @Override public void setLoginTimeout(int seconds) { loginTimeout = seconds; }
    @Override public int getLoginTimeout() { return loginTimeout; }
    @Override public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("Not a wrapper for " + iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}

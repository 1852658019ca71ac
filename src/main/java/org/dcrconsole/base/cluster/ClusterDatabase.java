package org.dcrconsole.base.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The database the console instances share, as far as coordination between them is concerned:
 * whether it is a PostgreSQL server (several instances may run on it) or the embedded H2 of the
 * demo (one instance only), and physical connections of their own for work that must hold a
 * session (a LISTEN, an advisory lock) without taking a connection from the request pool.
 */
@Component
public class ClusterDatabase {

    private final String url;
    private final String username;
    private final String password;

    public ClusterDatabase(Environment env) {
        this.url = env.getProperty("spring.datasource.url", "");
        this.username = env.getProperty("spring.datasource.username", "");
        this.password = env.getProperty("spring.datasource.password", "");
    }

    /** True on PostgreSQL, where other instances may share the database. */
    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    /**
     * A new physical connection with the pool's URL and credentials, outside the pool: closing it
     * ends its session (and so releases whatever the session held). The application name shows
     * it in {@code pg_stat_activity}.
     */
    public Connection openDedicated(String applicationName) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", username);
        props.setProperty("password", password);
        props.setProperty("ApplicationName", applicationName);
        // give up on a dead server instead of waiting for the operating system (as the pool does)
        props.setProperty("connectTimeout", "5");
        props.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(url, props);
    }
}

package org.citypeers;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Chooses the database of the integration tests: embedded H2 (default) or the real PostgreSQL when
 * the system property {@code citypeers.test.db=postgres} is set (Maven's second Surefire run does that).
 * PostgreSQL gets a fresh schema per run. In CI a missing PostgreSQL fails the run; elsewhere the
 * PostgreSQL run is skipped with a message saying why.
 */
public final class TestDatabase {

    static final String PG_URL = env("CITYPEERS_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String PG_USER = env("CITYPEERS_TEST_PG_USER", "postgres");
    static final String PG_PASSWORD = env("CITYPEERS_TEST_PG_PASSWORD", "");
    /** One schema per test JVM, so parallel runs (several worktrees, CI) never share tables. */
    static final String SCHEMA = "citypeers_it_" + ProcessHandle.current().pid();
    private static volatile boolean schemaReady;

    private TestDatabase() {}

    public static boolean isPostgres() {
        return "postgres".equals(System.getProperty("citypeers.test.db", "h2"));
    }

    /** Called before any Spring context loads: PostgreSQL must be there (CI: fail; elsewhere: skip loudly). */
    public static void checkAvailable() {
        if (!isPostgres()) {
            return;
        }
        String problem = null;
        try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD)) {
            prepareSchema(c);
        } catch (SQLException e) {
            problem = "PostgreSQL at " + PG_URL + " (user " + PG_USER + ") is not reachable: " + e.getMessage()
                    + ". Start it (e.g. `pg_ctlcluster --skip-systemctl-redirect 15 main start`) or run `.ci/run`.";
        }
        if (problem != null) {
            if (Boolean.parseBoolean(System.getenv("CI"))) {
                Assertions.fail(problem);
            }
            System.err.println("WARNING: skipping the PostgreSQL run. " + problem);
            Assumptions.abort(problem);
        }
    }

    private static synchronized void prepareSchema(Connection c) throws SQLException {
        if (schemaReady) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + SCHEMA + " cascade");
            s.execute("create schema " + SCHEMA);
        }
        schemaReady = true;
    }

    /** The Spring properties that select the test database and a throw-away data directory. */
    public static java.util.Map<String, Object> properties() {
        java.util.Map<String, Object> m = new java.util.HashMap<>();
        if (isPostgres()) {
            m.put("spring.datasource.url", PG_URL + (PG_URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
            m.put("spring.datasource.username", PG_USER);
            m.put("spring.datasource.password", PG_PASSWORD);
            m.put("spring.flyway.schemas", SCHEMA);
        } else {
            m.put("spring.datasource.url", "jdbc:h2:mem:citypeers-test;DB_CLOSE_DELAY=-1");
        }
        m.put("citypeers.data-dir", tempDataDir());
        return m;
    }

    private static String tempDataDir() {
        try {
            return Files.createTempDirectory("citypeers-test").toString();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

}

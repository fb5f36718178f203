package org.citypeers;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Base of every Spring integration test: the whole application on a random port with the demo data,
 * on H2 or (in the second Surefire run) on PostgreSQL. All subclasses share one application context,
 * so tests must not depend on data another test changes: create what you change, with unique names.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public abstract class IntegrationTest {

    @BeforeAll
    static void databaseAvailable() {
        TestDatabase.checkAvailable();
    }
}

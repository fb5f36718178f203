package org.citypeers;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Base of browserless Vaadin view tests: the same application context as {@link IntegrationTest}
 * (same annotations, so Spring reuses it), with Vaadin's simulated UI. Act as a demo user with
 * {@code @WithUserDetails("coordinator@citypeers.eu")}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public abstract class ViewTest extends SpringBrowserlessTest {

    @BeforeAll
    static void databaseAvailable() {
        TestDatabase.checkAvailable();
    }
}

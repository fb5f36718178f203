package org.citypeers;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the test application at the chosen database (see {@link TestDatabase}). Used through
 * {@code @ContextConfiguration(initializers = ...)} by every test base class, so that integration,
 * browser and browserless view tests share one cached application context.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> props = TestDatabase.properties();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("citypeers-test-database", props));
    }
}

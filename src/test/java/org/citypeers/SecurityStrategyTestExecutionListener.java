package org.citypeers;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Vaadin installs its own {@link SecurityContextHolderStrategy} globally, once per Spring context, and
 * method security captures the strategy of its own context. When the test suite starts a second
 * context (other properties), the global strategy changes and the first, cached context no longer sees
 * the users that tests sign in. Before each test this listener makes the global strategy the one of the
 * test's own context, before {@code @WithUserDetails} puts the user in (its listener runs at order 10000).
 */
public class SecurityStrategyTestExecutionListener implements TestExecutionListener, org.springframework.core.Ordered {

    @Override
    public int getOrder() {
        return 9000;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        ApplicationContext ctx = testContext.getApplicationContext();
        SecurityContextHolderStrategy own = ctx.getBeanProvider(SecurityContextHolderStrategy.class).getIfUnique();
        if (own != null && SecurityContextHolder.getContextHolderStrategy() != own) {
            SecurityContextHolder.setContextHolderStrategy(own);
        }
    }
}

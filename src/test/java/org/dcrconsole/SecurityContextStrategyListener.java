package org.dcrconsole;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Points Spring Security's static {@link SecurityContextHolder} at the holder strategy of the
 * test's own application context before each test. Vaadin installs a strategy instance per
 * context, and the static holder keeps the one of the context started last; without this, a
 * test running in an older cached context signs users in where its services never look.
 * Registered for every test in {@code META-INF/spring.factories}.
 */
public class SecurityContextStrategyListener implements TestExecutionListener, Ordered {

    @Override
    public void prepareTestInstance(TestContext testContext) {
        useStrategyOf(testContext.getApplicationContext());
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        useStrategyOf(testContext.getApplicationContext());
    }

    private static void useStrategyOf(ApplicationContext context) {
        SecurityContextHolderStrategy strategy =
                context.getBeanProvider(SecurityContextHolderStrategy.class).getIfUnique();
        if (strategy != null && SecurityContextHolder.getContextHolderStrategy() != strategy) {
            SecurityContextHolder.setContextHolderStrategy(strategy);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}

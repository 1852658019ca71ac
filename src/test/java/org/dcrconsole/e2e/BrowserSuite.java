package org.dcrconsole.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What every browser suite against one console shares: the production jar started once for the
 * class (demo mode), one Chromium per test kept in {@link #browser}, closed after the test, and a
 * screenshot and page source of the moment a test fails.
 */
abstract class BrowserSuite {

    static ConsoleProcess console;
    Browser browser;

    @RegisterExtension
    final AfterTestExecutionCallback failureArtefacts = context -> {
        if (context.getExecutionException().isPresent() && browser != null) {
            browser.saveFailure();
        }
    };

    @BeforeAll
    static void startConsole() throws Exception {
        console = ConsoleProcess.start();
    }

    @AfterAll
    static void stopConsole() {
        if (console != null) {
            console.close();
            console = null;
        }
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}

package com.catalog.system;

import java.sql.SQLException;
import java.time.Duration;

/** Retries an assertion once a second until it holds or patience runs out; the last failure is the test's failure. */
final class Eventually {

    private Eventually() {
    }

    static void within(Duration patience, Check check) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            try {
                check.run();
                return;
            } catch (AssertionError | SQLException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(1000);
            }
        }
    }

    interface Check {
        void run() throws Exception;
    }
}

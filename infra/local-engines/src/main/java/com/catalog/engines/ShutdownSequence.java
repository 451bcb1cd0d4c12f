package com.catalog.engines;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One JVM shutdown hook that stops everything in reverse start order. Separate hooks would run
 * concurrently, and an engine could then vanish under an app that is still shutting down.
 */
final class ShutdownSequence {

    private static final Deque<Step> STEPS = new ArrayDeque<>();
    private static boolean hooked;
    private static boolean closing;

    private record Step(String name, Runnable action) {
    }

    private ShutdownSequence() {
    }

    static void register(String name, Runnable action) {
        synchronized (ShutdownSequence.class) {
            if (!closing) {
                hook();
                STEPS.push(new Step(name, action));
                return;
            }
        }
        // something finished starting (on another thread) after shutdown began: stop it right away
        action.run();
    }

    private static void hook() {
        if (!hooked) {
            Runtime.getRuntime().addShutdownHook(new Thread(ShutdownSequence::runAll, "catalog-engines-shutdown"));
            hooked = true;
        }
    }

    /** Each step runs at most once. */
    private static void runAll() {
        synchronized (ShutdownSequence.class) {
            closing = true;
        }
        while (true) {
            Step step;
            synchronized (ShutdownSequence.class) {
                step = STEPS.poll();
            }
            if (step == null) {
                return;
            }
            try {
                step.action().run();
            } catch (RuntimeException e) {
                EngineLog.say("stopping %s failed: %s", step.name(), e);
            }
        }
    }
}

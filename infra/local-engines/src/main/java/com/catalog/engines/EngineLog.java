package com.catalog.engines;

/** One line per step on System.out, so operators and test logs show what the engines are doing. */
final class EngineLog {

    private EngineLog() {
    }

    static void say(String format, Object... args) {
        System.out.println("[engines] " + String.format(format, args));
        System.out.flush();
    }
}

package com.transitionadvisor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's load average, written next to every figure: on a 2-core machine other work shows in the tails. */
final class LoadAverage {
    private static final Path PROC = Path.of("/proc/loadavg");

    private LoadAverage() {
    }

    /** "1.02 0.87 0.55" (1, 5 and 15 minutes), or "unknown" where /proc/loadavg does not exist. */
    static String read() {
        try {
            String[] fields = Files.readString(PROC).strip().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}

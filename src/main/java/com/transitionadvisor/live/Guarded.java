package com.transitionadvisor.live;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs a step of reloading so that its failure is logged and never stops the watcher. */
final class Guarded {
    private static final Logger LOG = LoggerFactory.getLogger(Guarded.class);

    private Guarded() {
    }

    static void run(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            LOG.error("A step of reloading the knowledge folder failed", e);
        }
    }
}

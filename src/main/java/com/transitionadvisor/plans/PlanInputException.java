package com.transitionadvisor.plans;

/** Input about a plan could not be read; the message says what was wrong and gives an example to copy. */
public final class PlanInputException extends PlanException {
    public PlanInputException(String message) {
        super(message);
    }
}

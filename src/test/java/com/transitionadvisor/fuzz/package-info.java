/**
 * Property-based fuzz tests (jqwik): hostile text through every entry point, and broken guide files.
 *
 * <ul>
 *   <li>{@link com.transitionadvisor.fuzz.CoreEntryPointProperties}: the command, messages (DM and mention text),
 *       conversations, guide buttons, "which move?" buttons and 👍/👎 buttons, through the core.</li>
 *   <li>{@link com.transitionadvisor.fuzz.BoltEntryPointProperties}: a subset of the same through the real Bolt app,
 *       in-process, with the Web API and {@code response_url}s on the local Slack stand-in.</li>
 *   <li>{@link com.transitionadvisor.fuzz.PlanCommandProperties}: plan options and the team list, with H2.</li>
 *   <li>{@link com.transitionadvisor.fuzz.JsonLinesChatProperties}: {@code chat --jsonl} framing.</li>
 *   <li>{@link com.transitionadvisor.fuzz.GuideFileProperties}: randomly edited guide files and {@code roles.yml}.</li>
 * </ul>
 *
 * <p>What "safe" means for a message sent to Slack is in {@link com.transitionadvisor.fuzz.SlackOutput}; the text
 * generators are in {@link com.transitionadvisor.fuzz.HostileText}. Every run uses a new random seed; a failure
 * prints the shrunk counterexample and its seed, and the next run tries that sample first ({@code .jqwik-database}).
 * Run the suite alone with
 * {@code mvn -B -q test -Dtest='com.transitionadvisor.fuzz.**' -Dsurefire.failIfNoSpecifiedTests=false}; the tries
 * are sized for about 50 s on two cores, so for a longer search multiply them in a local copy.
 */
package com.transitionadvisor.fuzz;

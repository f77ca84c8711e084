package com.transitionadvisor.understanding;

import com.transitionadvisor.knowledge.vocabulary.Vocabulary;
import com.transitionadvisor.knowledge.Section;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of {@code /transition}: {@code help}, {@code list}, {@code unanswered}, {@code authors}, or {@code <from> to <to> [section]} with
 * forgiving separators ({@code to}, {@code into}, {@code ->}, {@code →}, {@code from X to Y}). Keywords are read in any
 * case; role phrases keep the case they were typed in, so a role that is not matched is echoed as the person wrote it.
 */
public final class CommandParser {
    private static final int MAX_INPUT = 500;
    private static final Pattern ARROWS = Pattern.compile("\\s*(?:-+>|=+>|→|⟶|➡️?)\\s*|\\s+>\\s+");
    private static final Pattern TRANSITION = Pattern.compile(
            "^(?:(?:go(?:ing)?|mov(?:e|ing)|switch(?:ing)?|transition(?:ing)?)\\s+)?(?:from\\s+)?(.+?)\\s+(?:to|into|towards?|2)\\s+(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final RoleMatcher roles;

    private final Abbreviations abbreviations;

    public CommandParser(RoleMatcher roles, Vocabulary vocabulary) {
        this.roles = roles;
        this.abbreviations = new Abbreviations(vocabulary.abbreviations());
    }

    public Command parse(String rawText) {
        String text = rawText == null ? "" : rawText.strip();
        if (text.length() > MAX_INPUT) {
            // never half an emoji: a lone surrogate cannot be sent to Slack
            text = text.substring(0, Character.isHighSurrogate(text.charAt(MAX_INPUT - 1)) ? MAX_INPUT - 1 : MAX_INPUT);
        }
        String typed = ARROWS.matcher(abbreviations.expand(text)).replaceAll(" to ")
                .replaceAll("[\\s\\p{Z}]+", " ")
                .replaceAll("[?!.,;]+$", "")
                .strip();
        text = typed.toLowerCase(Locale.ROOT);
        if (text.isEmpty() || text.equals("help") || text.equals("?") || text.equals("-h") || text.equals("--help")) {
            return new Command.Help();
        }
        if (text.equals("plan") || text.startsWith("plan ")) {
            return new Command.Plan(text.substring("plan".length()).strip());
        }
        if (text.equals("team")) {
            return new Command.Team();
        }
        if (text.equals("unanswered")) {
            return new Command.Unanswered();
        }
        if (text.equals("authors")) {
            return new Command.Authors();
        }
        if (text.equals("list") || text.equals("ls") || text.equals("guides") || text.equals("all")) {
            return new Command.ListGuides();
        }
        List<String> words = new java.util.ArrayList<>(Arrays.asList(typed.split(" ")));
        int page = 0;
        int last = words.size() - 1;
        if (words.size() > 3 && words.get(last - 1).equalsIgnoreCase("page") && words.get(last).matches("[1-9]\\d{0,2}")) {
            page = Integer.parseInt(words.get(last)) - 1;
            words.subList(last - 1, last + 1).clear();
        }
        Optional<Section> section = Optional.empty();
        if (words.size() > 1) {
            section = Section.fromWord(words.get(words.size() - 1));
            if (section.isPresent()) {
                words.remove(words.size() - 1);
            } else {
                section = Section.fromWord(words.get(0));
                section.ifPresent(s -> words.remove(0));
            }
        }
        return transitionOrRole(words, section, page);
    }

    private Command transitionOrRole(List<String> words, Optional<Section> section, int page) {
        String rest = String.join(" ", words);
        Matcher transition = TRANSITION.matcher(rest);
        if (transition.matches()) {
            return new Command.ShowTransition(transition.group(1), transition.group(2), section, page);
        }
        return splitWithoutSeparator(words)
                .map(pair -> (Command) new Command.ShowTransition(pair[0], pair[1], section, page))
                .orElseGet(() -> new Command.ShowRole(rest, section));
    }

    /** "backend developer cloud engineer": the one split where both halves are roles. */
    private Optional<String[]> splitWithoutSeparator(List<String> words) {
        for (int i = 1; i < words.size(); i++) {
            String left = String.join(" ", words.subList(0, i));
            String right = String.join(" ", words.subList(i, words.size()));
            if (roles.match(left).isPresent() && roles.match(right).isPresent()) {
                return Optional.of(new String[] {left, right});
            }
        }
        return Optional.empty();
    }
}

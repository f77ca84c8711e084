package com.transitionadvisor.knowledge;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Says in plain words what a YAML syntax error means for someone editing a guide, and on the line where they can fix
 * it: SnakeYAML's own words ("expected &lt;block end&gt;, but found '?'") describe its parser, not the file.
 */
final class YamlSyntax {
    static final String PREFIX = "YAML syntax error: ";
    private static final String QUOTE_OR_BLOCK = "put the whole text in quotes, or write '|' after the field's colon"
            + " and the text on the next line, indented";
    private static final Pattern CANNOT_START = Pattern.compile("found character '(.+?)' that cannot start any token");
    /** A line holding a field and then, in its text, another ": ". */
    private static final Pattern FIELD_THEN_COLON = Pattern.compile("^\\s*(- )?[^\\s:#][^:#]*:\\s+\\S.*:(\\s|$)");

    /** Where the problem is, and what it means. */
    record Explained(int line, String message) {
    }

    private YamlSyntax() {
    }

    /** @param lines the file's lines, to tell one cause from another where the parser's words fit several */
    static Explained explain(MarkedYAMLException e, List<String> lines) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        int problemLine = line(e.getProblemMark(), e.getContextMark());
        int contextLine = line(e.getContextMark(), e.getProblemMark());
        Matcher cannotStart = CANNOT_START.matcher(problem);
        if (problem.contains("\\t") || problem.toLowerCase(java.util.Locale.ROOT).contains("tab")) {
            return new Explained(problemLine, PREFIX + "this line is indented with a tab; YAML only accepts spaces,"
                    + " so replace the tab with spaces");
        }
        if (context.contains("quoted scalar")) {
            return new Explained(contextLine, PREFIX + "a quote (\" or ') opened on this line is never closed; close it"
                    + " at the end of the text, or remove it and write '|' after the field's colon with the text on the"
                    + " next line, indented");
        }
        if (cannotStart.find()) {
            return new Explained(problemLine, PREFIX + "text cannot start with " + cannotStart.group(1)
                    + " in YAML; " + QUOTE_OR_BLOCK);
        }
        if (context.contains("alias") || context.contains("anchor")) {
            return new Explained(problemLine, PREFIX + "text cannot start with * or & in YAML (they mark references);"
                    + " " + QUOTE_OR_BLOCK);
        }
        if (problem.contains("mapping values are not allowed")) {
            String text = lineText(lines, problemLine);
            if (FIELD_THEN_COLON.matcher(text).find()) {
                return new Explained(problemLine, PREFIX + "the text on this line contains ': ', which YAML reads as the"
                        + " start of another field; " + QUOTE_OR_BLOCK);
            }
            return new Explained(problemLine, PREFIX + "this field is indented further than the field above it; line"
                    + " it up with the fields of its group (or, if the line above is meant to hold it, leave that"
                    + " line's value empty)");
        }
        if (problem.contains("could not find expected ':'")) {
            return new Explained(contextLine, PREFIX + "this line is neither a field ('name: value') nor a list item"
                    + " ('- …'); if it continues the text above, indent it under that field's text (or write '|' after"
                    + " the field's colon), otherwise add the ':' after the field name");
        }
        if (context.contains("flow sequence") || context.contains("flow mapping")) {
            String bracket = context.contains("sequence") ? "[" : "{";
            String closing = context.contains("sequence") ? "]" : "}";
            return new Explained(contextLine, PREFIX + "the " + bracket + " on this line opens a list that is never"
                    + " closed with " + closing + "; close it, or, if the " + bracket + " is part of the text, "
                    + QUOTE_OR_BLOCK);
        }
        if (problem.contains("<scalar>")) {
            return new Explained(problemLine, PREFIX + "text that starts with a quote must end with it, but here more"
                    + " text follows the closing quote; remove the outer quotes, or write '|' after the field's colon"
                    + " and the text on the next line, indented");
        }
        if (problem.startsWith("expected <block end>")) {
            return new Explained(problemLine, PREFIX + "this line does not line up with the lines above it: the"
                    + " fields of one group start in the same column, a list's items ('- ') line up with each other,"
                    + " and the fields of one item line up under the first one after its '- '");
        }
        return new Explained(problemLine, PREFIX + (problem.isEmpty() ? "this is not valid YAML" : problem)
                + "; compare the line with TEMPLATE.yml");
    }

    private static int line(Mark preferred, Mark otherwise) {
        Mark mark = preferred != null ? preferred : otherwise;
        return mark == null ? 0 : mark.getLine() + 1;
    }

    private static String lineText(List<String> lines, int line) {
        return line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
    }
}

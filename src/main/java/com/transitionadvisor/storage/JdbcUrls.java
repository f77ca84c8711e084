package com.transitionadvisor.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JDBC URLs as they may be shown: with the credentials in them (the user-info part of
 * {@code jdbc:postgresql://user:pw@host/db}, and {@code user}, {@code password} and similar parameters after
 * {@code ?}, {@code &} or {@code ;}) replaced by {@code ***}.
 */
public final class JdbcUrls {
    private static final String HIDDEN = "***";
    /** The user-info part of the authority: everything between {@code //} and the last {@code @} before the path. */
    private static final Pattern USER_INFO = Pattern.compile("(//)([^/?#;]*)@");
    private static final Pattern CREDENTIAL_PARAMETER = Pattern.compile(
            "(?i)([?&;](?:user|username|password|passwd|pwd|sslpassword|sslkey|[a-z]*secret|[a-z]*token)=)([^&;#]*)");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]{0,19}:(?:[A-Za-z][A-Za-z0-9+.-]{0,19}:)?");

    private JdbcUrls() {
    }

    /** {@code url} with every credential in it replaced by {@code ***}. */
    public static String withoutCredentials(String url) {
        String withoutUserInfo = USER_INFO.matcher(url).replaceFirst("$1" + HIDDEN + "@");
        return CREDENTIAL_PARAMETER.matcher(withoutUserInfo).replaceAll("$1" + Matcher.quoteReplacement(HIDDEN));
    }

    /** The credentials written in {@code url} (user-info, and the values of credential parameters), longest first. */
    static List<String> credentialsIn(String url) {
        List<String> found = new ArrayList<>();
        Matcher userInfo = USER_INFO.matcher(url);
        if (userInfo.find() && !userInfo.group(2).isEmpty()) {
            found.add(userInfo.group(2));
            for (String part : userInfo.group(2).split(":", 2)) {
                found.add(part);
            }
        }
        Matcher parameter = CREDENTIAL_PARAMETER.matcher(url);
        while (parameter.find()) {
            found.add(parameter.group(2));
        }
        found.removeIf(String::isEmpty);
        found.sort((a, b) -> Integer.compare(b.length(), a.length()));
        return found;
    }

    /** Just the scheme, e.g. {@code jdbc:mysql:}, for saying what kind of URL was given without showing any of the rest. */
    static String scheme(String url) {
        Matcher scheme = SCHEME.matcher(url);
        return scheme.find() ? scheme.group() : "(not a URL)";
    }
}

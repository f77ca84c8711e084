package com.transitionadvisor;

import com.transitionadvisor.answers.Authors;
import com.transitionadvisor.answers.QuestionPrivacy;
import com.transitionadvisor.answers.RetainedQuestionLog;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Everything the app reads from its environment, read once at start-up. */
public record Settings(Optional<String> botToken, Optional<String> appToken, Path knowledgeDir, Path dataDir,
                       Optional<String> databaseUrl, Optional<String> databaseUser, Optional<String> databasePassword,
                       QuestionPrivacy privacy) {

    public static final String BOT_TOKEN = "SLACK_BOT_TOKEN";
    public static final String APP_TOKEN = "SLACK_APP_TOKEN";
    public static final String KNOWLEDGE_DIR = "TRANSITION_KNOWLEDGE_DIR";
    /**
     * Where the embedded H2 database lives when no database URL is set, and the search index over the guides
     * (default {@code ./data}).
     */
    public static final String DATA_DIR = "TRANSITION_DATA_DIR";
    /** A PostgreSQL JDBC URL, e.g. {@code jdbc:postgresql://db:5432/transition}, for several app instances. */
    public static final String DATABASE_URL = "TRANSITION_DATABASE_URL";
    public static final String DATABASE_USER = "TRANSITION_DATABASE_USER";
    public static final String DATABASE_PASSWORD = "TRANSITION_DATABASE_PASSWORD";
    /** Slack user ids (and user group ids) of the guide authors, who may read the question log and feedback. */
    public static final String AUTHORS = "TRANSITION_AUTHORS";
    /** How many days questions, answers and votes are kept (default 90). */
    public static final String QUESTION_RETENTION_DAYS = "TRANSITION_QUESTION_RETENTION_DAYS";
    private static final int MAX_RETENTION_DAYS = 3650;

    public Settings(Optional<String> botToken, Optional<String> appToken, Path knowledgeDir, Path dataDir,
                    Optional<String> databaseUrl, Optional<String> databaseUser, Optional<String> databasePassword) {
        this(botToken, appToken, knowledgeDir, dataDir, databaseUrl, databaseUser, databasePassword, QuestionPrivacy.standard());
    }

    public static Settings fromEnvironment(Map<String, String> env) {
        return new Settings(nonBlank(env.get(BOT_TOKEN)), nonBlank(env.get(APP_TOKEN)),
                Path.of(nonBlank(env.get(KNOWLEDGE_DIR)).orElse("knowledge")),
                Path.of(nonBlank(env.get(DATA_DIR)).orElse("data")),
                nonBlank(env.get(DATABASE_URL)), nonBlank(env.get(DATABASE_USER)),
                Optional.ofNullable(env.get(DATABASE_PASSWORD)).filter(p -> !p.isEmpty()),
                new QuestionPrivacy(authors(nonBlank(env.get(AUTHORS))), retention(nonBlank(env.get(QUESTION_RETENTION_DAYS)))));
    }

    public Settings withKnowledgeDir(Path dir) {
        return new Settings(botToken, appToken, dir, dataDir, databaseUrl, databaseUser, databasePassword, privacy);
    }

    /** The same settings with {@code userId} among the guide authors (the console's local user). */
    public Settings withAuthor(String userId) {
        return new Settings(botToken, appToken, knowledgeDir, dataDir, databaseUrl, databaseUser, databasePassword,
                privacy.withAuthor(userId));
    }

    private static Authors authors(Optional<String> setting) {
        try {
            return setting.map(Authors::parse).orElseGet(Authors::none);
        } catch (IllegalArgumentException e) {
            throw new SettingsException(AUTHORS + ": " + e.getMessage()
                    + ". Separate ids with commas, e.g. U0123ABCD,U0456EFGH,S0789IJKL.");
        }
    }

    private static Duration retention(Optional<String> days) {
        if (days.isEmpty()) {
            return RetainedQuestionLog.DEFAULT_RETENTION;
        }
        String hint = QUESTION_RETENTION_DAYS + " must be a whole number of days from 1 to " + MAX_RETENTION_DAYS
                + " (default 90)";
        try {
            int value = Integer.parseInt(days.get());
            if (value < 1 || value > MAX_RETENTION_DAYS) {
                throw new SettingsException(hint + "; it is " + value);
            }
            return Duration.ofDays(value);
        } catch (NumberFormatException e) {
            throw new SettingsException(hint + "; it is not a number");
        }
    }

    /** The search index over the guides, kept between runs so that a restart re-reads only changed guides. */
    public Path indexDir() {
        return dataDir.resolve("search-index");
    }

    /** The configured PostgreSQL server, else the embedded H2 file under the data folder. */
    public com.transitionadvisor.storage.DatabaseConfig databaseConfig() {
        if (databaseUrl.isEmpty()) {
            return com.transitionadvisor.storage.DatabaseConfig.h2File(dataDir);
        }
        String url = databaseUrl.get();
        if (!url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:h2:")) {
            throw new SettingsException(DATABASE_URL + " must be a JDBC URL such as jdbc:postgresql://host:5432/transition"
                    + ", or be unset to use the embedded database in " + DATA_DIR);
        }
        return com.transitionadvisor.storage.DatabaseConfig.of(url, databaseUser, databasePassword);
    }

    public boolean hasSlackTokens() {
        return botToken.isPresent() || appToken.isPresent();
    }

    /** Both tokens, checked for their kind; the message names the variable that is wrong and never the token. */
    public SlackTokens slackTokens() {
        String bot = botToken.orElseThrow(() -> new SettingsException(BOT_TOKEN
                + " is not set; set it to the app's bot token (starts with xoxb-), or unset " + APP_TOKEN + " to use the console"));
        String app = appToken.orElseThrow(() -> new SettingsException(APP_TOKEN
                + " is not set; set it to an app-level token with connections:write (starts with xapp-), or unset "
                + BOT_TOKEN + " to use the console"));
        requireKind(BOT_TOKEN, bot, "xoxb-", "the bot token from OAuth & Permissions");
        requireKind(APP_TOKEN, app, "xapp-", "an app-level token with the connections:write scope, from Basic Information");
        return new SlackTokens(bot, app);
    }

    /** Checks the prefix only; says nothing about the value set, not even its first characters. */
    private static void requireKind(String variable, String token, String prefix, String what) {
        if (!token.startsWith(prefix)) {
            throw new SettingsException(variable + " must be " + what + ", starting with " + prefix
                    + "; the value set does not (if " + BOT_TOKEN + " and " + APP_TOKEN + " are swapped, swap them back)");
        }
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    public record SlackTokens(String bot, String app) {
        @Override
        public String toString() {
            return "SlackTokens[redacted]";
        }
    }

    @Override
    public String toString() {
        return "Settings[knowledgeDir=" + knowledgeDir + ", slackTokens=" + (hasSlackTokens() ? "set" : "unset")
                + ", database=" + (databaseUrl.isPresent() ? "PostgreSQL" : "H2 in " + dataDir)
                + ", authors=" + (privacy.authors().userIds().size() + privacy.authors().groupIds().size())
                + ", questionRetentionDays=" + privacy.retention().toDays() + "]";
    }

    /** A setting is missing or wrong; the message says which and how to fix it. */
    public static final class SettingsException extends RuntimeException {
        public SettingsException(String message) {
            super(message);
        }
    }
}

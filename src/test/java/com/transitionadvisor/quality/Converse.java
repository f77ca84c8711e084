package com.transitionadvisor.quality;

import com.transitionadvisor.Application;
import com.transitionadvisor.answers.InMemoryQuestionLog;
import com.transitionadvisor.answers.Reply;
import com.transitionadvisor.knowledge.KnowledgeBaseLoader;
import com.transitionadvisor.knowledge.vocabulary.TestVocabulary;
import com.transitionadvisor.render.Audience;
import com.transitionadvisor.search.semantic.TestEmbedder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;

/**
 * For whoever works on answers: reads turns from standard input, one per line ("---" starts a new conversation),
 * and prints what the app replied to each and the text a person would see.
 */
final class Converse {
    private Converse() {
    }

    public static void main(String[] args) throws IOException {
        Application app = Application.of(new KnowledgeBaseLoader().load(Path.of("knowledge")), TestVocabulary.REAL,
                new InMemoryQuestionLog(), Clock.systemUTC(), com.github.benmanes.caffeine.cache.Ticker.systemTicker(),
                TestEmbedder.shared());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String conversation = UUID.randomUUID().toString();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.strip().equals("---")) {
                conversation = UUID.randomUUID().toString();
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            Reply reply = app.assistant().message(conversation, "U1", line);
            String visible = VisibleText.of(app.presenter().slack(reply, Audience.directMessage())).raw();
            System.out.println(">> " + line + "\n   " + QuestionSetRun.describe(reply) + " (" + visible.length() + " chars)\n   "
                    + visible.replace("\n", "\n   ").substring(0, Math.min(visible.length(), Integer.getInteger("chars", 600))) + "\n");
        }
    }
}

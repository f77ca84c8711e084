package com.transitionadvisor.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.transitionadvisor.bench.SyntheticKnowledge;
import com.transitionadvisor.knowledge.Guide;
import com.transitionadvisor.knowledge.GuideEntry;
import com.transitionadvisor.knowledge.KnowledgeBase;
import com.transitionadvisor.knowledge.KnowledgeBaseLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuideCodecTest {
    private final GuideCodec codec = new GuideCodec();

    @Test
    void everyRealAndSyntheticGuide_readsBackEqualToWhatWasWritten(@TempDir Path temp) {
        List<Guide> guides = new ArrayList<>(all(new KnowledgeBaseLoader().load(Path.of("knowledge"))));
        SyntheticKnowledge.write(temp, 6, 7);
        guides.addAll(all(new KnowledgeBaseLoader().load(temp)));
        assertFalse(guides.isEmpty());
        for (Guide guide : guides) {
            byte[] bytes = codec.write(guide);
            assertEquals(guide, codec.read(bytes, 0, bytes.length), guide.id());
        }
    }

    private static List<Guide> all(KnowledgeBase knowledge) {
        return knowledge.guides().stream().map(GuideEntry::id).map(id -> knowledge.guideById(id).orElseThrow()).toList();
    }
}

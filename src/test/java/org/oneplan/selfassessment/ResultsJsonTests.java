package org.oneplan.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oneplan.selfassessment.api.ResultsJson;
import org.oneplan.selfassessment.internal.FrameworkFiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class ResultsJsonTests {

    @Test
    void showsEachItemsLevelAndNextStatementAndEachGroupsRoundedMeanAndBand() throws Exception {
        Framework progress;
        try (InputStream in = getClass().getResourceAsStream("/frameworks/progress-pcsp.yaml")) {
            progress = FrameworkFiles.read(in.readAllBytes()).framework();
        }
        Results results = Results.of(progress, Map.of("S1-1a", 2, "S1-1b", 3, "S1-1c", 3));
        ObjectMapper json = new ObjectMapper();
        JsonNode node = json.readTree(json.writeValueAsString(ResultsJson.of(results)));

        assertThat(node.get("answered").asInt()).isEqualTo(3);
        assertThat(node.get("items").asInt()).isEqualTo(40);
        JsonNode first = node.get("itemResults").get(0);
        assertThat(first.get("code").asText()).isEqualTo("S1-1a");
        assertThat(first.get("band").asText()).isEqualTo("GETTING_STARTED");
        assertThat(first.get("nextStatement").asText()).isEqualTo(progress.item("S1-1a").orElseThrow().statements().get(2).text());
        JsonNode stage = node.get("stages").get(0);
        assertThat(stage.get("mean").asDouble()).isEqualTo(2.67);
        assertThat(stage.get("band").asText()).isEqualTo("MAKING_SOME_PROGRESS");
        assertThat(stage.get("distribution").toString()).isEqualTo("[0,1,2,0,0]");
        assertThat(node.get("sections").get(2).get("mean").isNull()).isTrue();
    }
}

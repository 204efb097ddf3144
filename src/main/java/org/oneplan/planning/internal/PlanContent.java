package org.oneplan.planning.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.oneplan.planning.PlanPart;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * The whole plan as every part gives it, in task-list order, as JSON and as a SHA-256 hash of that JSON:
 * the hash tells whether the plan still is exactly what was checked as ready or agreed.
 */
@Component
class PlanContent {

    private final List<PlanPart> parts;
    private final ObjectMapper json;

    PlanContent(List<PlanPart> parts, ObjectMapper json) {
        this.parts = parts;
        this.json = json;
    }

    List<PlanPart.VersionedSection> of(UUID planId) {
        List<PlanPart.VersionedSection> sections = new ArrayList<>();
        parts.forEach(p -> sections.addAll(p.content(planId)));
        sections.sort(Comparator.comparing(PlanPart.VersionedSection::section));
        return sections;
    }

    List<PlanPart.Gap> gaps(UUID planId, UUID personId) {
        List<PlanPart.Gap> gaps = new ArrayList<>();
        parts.forEach(p -> gaps.addAll(p.gaps(planId, personId)));
        return gaps;
    }

    String toJson(List<PlanPart.VersionedSection> sections) {
        return json.writeValueAsString(sections);
    }

    List<PlanPart.VersionedSection> fromJson(String content) {
        return json.readValue(content, new TypeReference<List<PlanPart.VersionedSection>>() { });
    }

    static String hash(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

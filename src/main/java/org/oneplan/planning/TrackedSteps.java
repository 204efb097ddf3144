package org.oneplan.planning;

import java.util.Map;
import java.util.UUID;

/** "What will you do next?" with the progress of each of its actions, by action id. */
public record TrackedSteps(NextStepsView next, Map<UUID, ProgressView> progress) {
}

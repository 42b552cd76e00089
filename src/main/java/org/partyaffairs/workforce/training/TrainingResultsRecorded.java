package org.partyaffairs.workforce.training;

import java.util.List;

/**
 * A training's list was recorded: these workers' training records changed (published in the
 * recording transaction; probation refreshes the 任前培训 flag of an open review with it).
 */
public record TrainingResultsRecorded(long trainingId, TrainingKind kind, List<Long> workerIds) {
}

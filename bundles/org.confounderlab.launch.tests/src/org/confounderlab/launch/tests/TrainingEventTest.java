package org.confounderlab.launch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.confounderlab.launch.training.TrainingEvent;
import org.confounderlab.launch.training.TrainingEvent.BatchEvent;
import org.confounderlab.launch.training.TrainingEvent.EpochEvent;
import org.confounderlab.launch.training.TrainingEvent.RunFolderEvent;
import org.junit.jupiter.api.Test;

/** The trainer's output lines that the IDE reads as events (the full launch test reads them from a real trainer). */
class TrainingEventTest {

    @Test
    void progressLinesAreBatchEvents() {
        BatchEvent event = (BatchEvent) TrainingEvent.parse(
                "progress: epoch 3/10 batch 12/40 loss 0.6123 eta 130s").orElseThrow();
        assertEquals(new BatchEvent(3, 10, 12, 40, 0.6123, 130), event);
        assertEquals((2 + 12 / 40.0) / 10, event.fractionDone(), 1e-12);
    }

    @Test
    void epochLinesAreEpochEventsWhateverFollowsTheLosses() {
        EpochEvent event = (EpochEvent) TrainingEvent.parse("epoch 2/5  train loss 0.6931  validation loss 0.7010  "
                + "AUC(fracture) 0.512  AUC(effusion) NaN  3.2s  ETA 9s").orElseThrow();
        assertEquals(new EpochEvent(2, 5, 0.6931, 0.7010), event);
        assertEquals(0.4, event.fractionDone(), 1e-12);
    }

    @Test
    void theRunFolderLineNamesTheFolder() {
        assertEquals(new RunFolderEvent(Path.of("/w/p/runs/study/20261201-101500")),
                TrainingEvent.parse("run folder: /w/p/runs/study/20261201-101500").orElseThrow());
    }

    @Test
    void otherLinesAreOnlyLogText() {
        assertTrue(TrainingEvent.parse("split: train 140 images of 140 patients").isEmpty());
        assertTrue(TrainingEvent.parse("progress: epoch three").isEmpty());
        assertTrue(TrainingEvent.parse("").isEmpty());
    }
}

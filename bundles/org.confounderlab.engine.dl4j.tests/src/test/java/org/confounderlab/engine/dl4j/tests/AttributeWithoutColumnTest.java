package org.confounderlab.engine.dl4j.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.confounderlab.engine.run.ExperimentRunner;
import org.confounderlab.engine.run.RunFolder;
import org.confounderlab.engine.run.RunOptions;
import org.confounderlab.engine.training.TrainingBackends;
import org.confounderlab.model.experiment.ConfounderAttribute;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.run.AttributeProbe;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.ShiftTest;
import org.confounderlab.model.run.SubgroupMetric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An attribute with no {@code column} reads the manifest column of its own name everywhere: its probe, its subgroups
 * and its shift test are all there, as for the same attribute with the column named. (The probes read the column
 * alone, so such an attribute silently had none.)
 */
class AttributeWithoutColumnTest {

    @Test
    void anAttributeWithoutAColumnGetsItsProbeSubgroupsAndShiftTest(@TempDir Path folder) throws Exception {
        MarkerExperiment.generateData(folder, 0.7, 200, 0.5);
        Run named = run(folder, "named", "sex");
        Run unnamed = run(folder, "unnamed", null);
        for (Run run : List.of(named, unnamed)) {
            String which = run == named ? "column named" : "no column";
            assertTrue(run.getProbes().stream().map(AttributeProbe::getAttribute).anyMatch(a -> a.startsWith(
                    "sex")), which + ": " + run.getProbes().stream().map(AttributeProbe::getAttribute).toList());
            assertTrue(run.getSubgroups().stream().map(SubgroupMetric::getAttribute).anyMatch("sex"::equals),
                    which);
            assertTrue(run.getShiftTests().stream().map(ShiftTest::getAttribute).anyMatch("sex"::equals), which
                    + ": " + run.getShiftTests().stream().map(ShiftTest::getAttribute).toList());
        }
        assertEquals(named.getProbes().stream().map(AttributeProbe::getAttribute).toList(), unnamed.getProbes()
                .stream().map(AttributeProbe::getAttribute).toList());
        assertEquals(named.getSubgroups().size(), unnamed.getSubgroups().size());
    }

    private static Run run(Path folder, String name, String column) throws Exception {
        Experiment experiment = MarkerExperiment.create(name);
        experiment.getTraining().setEpochs(1);
        experiment.getModel().setInputSize(32);
        ConfounderAttribute sex = MarkerExperiment.addAttribute(experiment, "sex");
        sex.setColumn(column);
        Path file = folder.resolve(name + ".experiment");
        ModelFiles.save(experiment, file);
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return new ExperimentRunner(TrainingBackends.find(), out, 2).run(ModelFiles.loadExperiment(file), file,
                RunFolder.create(folder.resolve("runs"), name), RunOptions.NONE);
    }
}

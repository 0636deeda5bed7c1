package org.confounderlab.engine.bench;

import java.nio.file.Path;

import org.confounderlab.engine.synthetic.DemoStudy;
import org.confounderlab.model.resource.ModelFiles;

/**
 * Writes the study benchmark's data and experiment: the demo study (64×64 radiograph-like images whose laterality
 * marker goes with the label, the small CNN, the marker region masked in the variants, site and technologist as
 * attributes), so a study of it has seven arms: baseline, masking, balancing (by site), distillation (a teacher on
 * masked images), DFR, JTT and group DRO.
 */
public final class StudyBenchmarkSetup {

    private StudyBenchmarkSetup() {
    }

    /**
     * Usage: {@code StudyBenchmarkSetup FOLDER COUNT EPOCHS [INPUT_SIZE]}: the demo study's data and experiment, the
     * model's input enlarged to {@code INPUT_SIZE} (default the demo's 64) so that an arm's training outweighs an
     * engine JVM's start; prints the experiment file's path.
     */
    public static void main(String[] args) throws Exception {
        Path experiment = DemoStudy.write(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        if (args.length > 3) {
            org.confounderlab.model.experiment.Experiment loaded = ModelFiles.loadExperiment(experiment);
            loaded.getModel().setInputSize(Integer.parseInt(args[3]));
            ModelFiles.save(loaded, experiment);
        }
        System.out.println(experiment);
    }
}

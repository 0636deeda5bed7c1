package org.confounderlab.engine.bench;

import java.nio.file.Path;

import org.confounderlab.engine.synthetic.DemoStudy;

/**
 * Writes the study benchmark's data and experiment: the demo study (64×64 radiograph-like images whose laterality
 * marker goes with the label, the small CNN, the marker region masked in the variants, site and technologist as
 * attributes), so a study of it has four arms: baseline, masking, balancing (by site) and distillation (a teacher on
 * masked images).
 */
public final class StudyBenchmarkSetup {

    private StudyBenchmarkSetup() {
    }

    /** Usage: {@code StudyBenchmarkSetup FOLDER COUNT EPOCHS}; prints the experiment file's path. */
    public static void main(String[] args) throws Exception {
        System.out.println(DemoStudy.write(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2])));
    }
}

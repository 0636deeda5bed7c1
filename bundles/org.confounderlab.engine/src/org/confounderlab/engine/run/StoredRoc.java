package org.confounderlab.engine.run;

import org.confounderlab.engine.stats.RocCurve;
import org.confounderlab.engine.stats.RocDownsampler;
import org.confounderlab.model.run.LabelEvaluation;
import org.confounderlab.model.run.RocPoint;
import org.confounderlab.model.run.RunFactory;

/** An ROC curve as runs keep it in their model: downsampled; the full curve is in the predictions table. */
public final class StoredRoc {

    /** ROC points kept per label and variant. */
    public static final int POINTS = 100;

    private StoredRoc() {
    }

    /** Adds {@code curve}, downsampled to {@value #POINTS} points, to {@code label}. */
    public static void add(LabelEvaluation label, RocCurve curve) {
        for (var point : RocDownsampler.downsample(curve.points(), POINTS)) {
            RocPoint stored = RunFactory.eINSTANCE.createRocPoint();
            stored.setFpr(point.fpr());
            stored.setTpr(point.tpr());
            stored.setThreshold(point.threshold());
            label.getRocPoints().add(stored);
        }
    }
}

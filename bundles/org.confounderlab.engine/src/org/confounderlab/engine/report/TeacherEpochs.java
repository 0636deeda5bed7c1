package org.confounderlab.engine.report;

import org.confounderlab.model.run.DistillationRecord;
import org.confounderlab.model.run.EpochRecord;

/** Which of a specialist teacher's recorded epochs the student learned from. */
public final class TeacherEpochs {

    private TeacherEpochs() {
    }

    /** The kept epoch ({@link DistillationRecord#getKeptEpoch()}), else the last one recorded; {@code null} if none. */
    public static EpochRecord kept(DistillationRecord record) {
        if (record == null || record.getTeacherEpochs().isEmpty()) {
            return null;
        }
        return record.getTeacherEpochs().stream().filter(e -> e.getIndex() == record.getKeptEpoch()).findFirst()
                .orElse(record.getTeacherEpochs().get(record.getTeacherEpochs().size() - 1));
    }
}

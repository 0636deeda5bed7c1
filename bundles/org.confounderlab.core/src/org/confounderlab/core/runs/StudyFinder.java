package org.confounderlab.core.runs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.confounderlab.engine.run.StudyRunner;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.resource.ModelLoadException;
import org.confounderlab.model.run.Study;
import org.confounderlab.model.run.StudyArm;

/**
 * Finds the study that a set of runs belongs to: studies live in {@code studies/<id>/study.study} beside an
 * experiment's runs ({@code ./confounderlab study}), and one matches when every one of its arms' runs is among the
 * runs; the newest such study wins. Unreadable study files are passed over.
 */
public final class StudyFinder {

    private StudyFinder() {
    }

    /** The newest study (by id) whose arms are all among {@code entries}, if any. */
    public static Optional<Study> forRuns(List<RunEntry> entries) {
        Set<String> ids = new LinkedHashSet<>();
        Set<Path> experimentFolders = new LinkedHashSet<>();
        for (RunEntry entry : entries) {
            if (entry.isReadable() && entry.file().getLocation() != null) {
                ids.add(entry.runId());
                Path runFolder = entry.file().getLocation().toFile().toPath().getParent();
                if (runFolder != null && runFolder.getParent() != null) {
                    experimentFolders.add(runFolder.getParent());
                }
            }
        }
        Study newest = null;
        for (Path experimentFolder : experimentFolders) {
            Path studies = experimentFolder.resolve(StudyRunner.STUDIES_FOLDER);
            if (!Files.isDirectory(studies)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> list = Files.list(studies)) {
                files = list.map(folder -> folder.resolve(StudyRunner.STUDY_FILE)).filter(Files::isRegularFile)
                        .toList();
            } catch (IOException e) {
                continue;
            }
            for (Path file : files) {
                try {
                    Study study = ModelFiles.loadStudy(file);
                    boolean allArms = study.getId() != null && !study.getArms().isEmpty()
                            && study.getArms().stream().map(StudyArm::getRunId).allMatch(ids::contains);
                    if (allArms && (newest == null || study.getId().compareTo(newest.getId()) > 0)) {
                        newest = study;
                    }
                } catch (ModelLoadException e) {
                    // an unreadable study is no match
                }
            }
        }
        return Optional.ofNullable(newest);
    }
}

package org.confounderlab.engine.run;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.data.SplitName;
import org.confounderlab.engine.image.ImageDecodeException;
import org.confounderlab.engine.input.Letterboxed;
import org.confounderlab.engine.input.ParallelPass;
import org.confounderlab.engine.leaks.NearDuplicates;
import org.confounderlab.engine.leaks.PerceptualHash;
import org.confounderlab.engine.leaks.SplitLeaks;
import org.confounderlab.engine.leaks.StandardisedThumbnail;
import org.confounderlab.engine.split.SplitAssignment;
import org.confounderlab.model.resource.AtomicFiles;
import org.confounderlab.model.run.ArtifactKind;
import org.confounderlab.model.run.LeakCheck;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunFactory;

/**
 * The "leaks" stage of a run, after the images are open: the perceptual hash of every readable image as the run
 * reads it (preprocessed, from the cache when there is one), the near-duplicate pairs across its splits and the
 * patients in more than one split ({@link SplitLeaks}), recorded in the run ({@link LeakCheck}) and listed in
 * {@value #LEAKS_FILE}. The test images that leak are left out of the leak-free evaluation that follows the others.
 */
public final class LeakStage {

    /** The run folder's list of near-duplicate pairs and shared patients. */
    public static final String LEAKS_FILE = "leaks.tsv";

    private final PrintStream progress;

    public LeakStage(PrintStream progress) {
        this.progress = progress;
    }

    /** Checks {@code splits} within {@code maxDistance} bits; returns the test entries that leak. */
    public Set<ManifestEntry> check(Run run, SplitAssignment splits, int maxDistance, RunImages images,
            RunFolder folder, int threads) throws IOException, InterruptedException {
        long start = System.currentTimeMillis();
        List<ManifestEntry> entries = splits.entries();
        List<ManifestEntry> readable = images.readable(entries);
        Set<ManifestEntry> usable = Collections.newSetFromMap(new IdentityHashMap<>());
        usable.addAll(readable);
        SplitName[] groups = new SplitName[entries.size()];
        long[] hashes = new long[entries.size()];
        ParallelPass.run(entries.size(), threads, null, "leaks", i -> {
            ManifestEntry entry = entries.get(i);
            if (!usable.contains(entry)) {
                return; // unreadable: left out of the run, and of the check
            }
            try {
                Letterboxed image = images.read(entry);
                int side = images.size();
                hashes[i] = PerceptualHash.of(image.pixels(), side, side);
                groups[i] = splits.splits().get(i);
            } catch (ImageDecodeException e) {
                // read once already by the cache or the check: a file changed since is left out of the check
            }
        });
        // Hash matches confirmed on thumbnails, read again (from the cache) for the images in a match only, the last
        // few thousand kept: pairs come sorted by their first image.
        java.util.Map<Integer, StandardisedThumbnail> thumbnails = new java.util.LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(java.util.Map.Entry<Integer, StandardisedThumbnail> eldest) {
                return size() > 4096;
            }
        };
        SplitLeaks leaks = SplitLeaks.of(entries, groups, hashes, maxDistance, (a, b) -> {
            StandardisedThumbnail first = thumbnail(thumbnails, images, entries, a);
            StandardisedThumbnail second = thumbnail(thumbnails, images, entries, b);
            return first != null && second != null && first.difference(second) <= StandardisedThumbnail.NEAR_DUPLICATE;
        });
        LeakCheck record = RunFactory.eINSTANCE.createLeakCheck();
        record.setMaxDistance(maxDistance);
        record.setTrainTestPairs(leaks.pairsBySplits().getOrDefault("train–test", 0));
        record.setValidationTestPairs(leaks.pairsBySplits().getOrDefault("validation–test", 0));
        record.setTrainValidationPairs(leaks.pairsBySplits().getOrDefault("train–validation", 0));
        record.setSharedPatients(leaks.sharedPatients().size());
        record.setLeakingTestImages(leaks.leakingTest().size());
        record.setTestImages(leaks.testImages().size());
        run.setLeaks(record);
        write(folder.path().resolve(LEAKS_FILE), entries, groups, hashes, leaks);
        run.getArtifacts().add(RunRecords.artifact(ArtifactKind.LOG, LEAKS_FILE, leaks.describe()));
        progress.printf(java.util.Locale.ROOT, "leaks: %s (%.1f s)%n", leaks.describe(),
                (System.currentTimeMillis() - start) / 1000.0);
        Set<ManifestEntry> leaking = Collections.newSetFromMap(new IdentityHashMap<>());
        leaks.leakingTest().forEach(i -> leaking.add(entries.get(i)));
        return leaking;
    }

    /**
     * One line for the run's views and report: the pairs across splits, the shared patients, the leaking test images
     * and, when they were left out, the leak-free AUC of each label; empty when the run has no leak check.
     */
    public static String describe(Run run) {
        LeakCheck leaks = run.getLeaks();
        if (leaks == null) {
            return "";
        }
        int pairs = leaks.getTrainTestPairs() + leaks.getValidationTestPairs() + leaks.getTrainValidationPairs();
        StringBuilder text = new StringBuilder("leaks: ").append(pairs).append(pairs == 1 ? " near-duplicate pair"
                : " near-duplicate pairs").append(" across splits (train–test ").append(leaks.getTrainTestPairs())
                .append(", validation–test ").append(leaks.getValidationTestPairs()).append(", train–validation ")
                .append(leaks.getTrainValidationPairs()).append("; hashes within ").append(leaks.getMaxDistance())
                .append(" bits), ").append(leaks.getSharedPatients()).append(leaks.getSharedPatients() == 1
                        ? " patient" : " patients").append(" in two splits; ").append(leaks.getLeakingTestImages())
                .append(" of ").append(leaks.getTestImages()).append(" test images leak");
        if (leaks.getLeakFree() != null) {
            for (org.confounderlab.model.run.LabelEvaluation label : leaks.getLeakFree().getLabels()) {
                text.append(String.format(java.util.Locale.ROOT, "; leak-free AUC(%s) %.3f [%.3f, %.3f] on %d",
                        label.getLabel(), label.getAuc(), label.getCiLower(), label.getCiUpper(),
                        leaks.getLeakFree().getN()));
            }
        }
        return text.append(pairs + leaks.getSharedPatients() > 0 ? " (" + LEAKS_FILE + ")" : "").toString();
    }

    private static StandardisedThumbnail thumbnail(java.util.Map<Integer, StandardisedThumbnail> thumbnails, RunImages images,
            List<ManifestEntry> entries, int index) {
        StandardisedThumbnail known = thumbnails.get(index);
        if (known == null) {
            try {
                Letterboxed image = images.read(entries.get(index));
                known = StandardisedThumbnail.of(image.pixels(), images.size(), images.size());
                thumbnails.put(index, known);
            } catch (ImageDecodeException e) {
                return null;
            }
        }
        return known;
    }

    private static void write(Path file, List<ManifestEntry> entries, SplitName[] groups, long[] hashes,
            SplitLeaks leaks) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("kind\tsplit_a\timage_a\tsplit_b\timage_b\tbits");
        for (NearDuplicates.Pair pair : leaks.pairs()) {
            lines.add("near-duplicate\t" + name(groups[pair.first()]) + "\t" + entries.get(pair.first()).image()
                    + "\t" + name(groups[pair.second()]) + "\t" + entries.get(pair.second()).image() + "\t"
                    + PerceptualHash.distance(hashes[pair.first()], hashes[pair.second()]));
        }
        for (String patient : leaks.sharedPatients()) {
            lines.add("shared patient\t\t" + patient + "\t\t\t");
        }
        AtomicFiles.write(file, out -> {
            for (String line : lines) {
                out.write((line + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        });
    }

    private static String name(SplitName split) {
        return split.name().toLowerCase(java.util.Locale.ROOT);
    }
}

package org.confounderlab.engine.slurm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether the cluster's jobs can reach a path: the engine cannot see the compute nodes' mounts, so it reads this
 * machine's ({@code /proc/mounts}) and says what it finds: a network or parallel file system (NFS, Lustre, GPFS,
 * BeeGFS, CephFS, …), which clusters mount alike on every node, or a local one, which only a one-node cluster or a
 * node that mounts the same path sees.
 */
public final class SharedPaths {

    private static final Set<String> SHARED = Set.of("nfs", "nfs4", "lustre", "gpfs", "beegfs", "cephfs", "ceph",
            "glusterfs", "fuse.glusterfs", "panfs", "wekafs", "fuse.cephfs", "smb3", "cifs", "9p", "fuse.sshfs",
            "virtiofs", "ocfs2", "gfs2", "afs", "orangefs", "fuse.lizardfs", "fuse.moosefs", "fuse.juicefs");
    private static final Set<String> NODE_LOCAL = Set.of("tmpfs", "ramfs", "devtmpfs");

    private SharedPaths() {
    }

    /**
     * What the check found for one path.
     *
     * @param path   the path checked
     * @param shared {@code true} on a network file system, {@code false} on a node's memory ({@code tmpfs}),
     *               {@code null} where this machine cannot tell (a local disk)
     * @param note   the line the submission prints
     */
    public record Finding(String what, Path path, Boolean shared, String mount, String note) {
    }

    /** The findings as lines: paths on the same mount share one line. */
    public static List<String> summary(List<Finding> findings) {
        java.util.Map<String, List<Finding>> byMount = new java.util.LinkedHashMap<>();
        for (Finding finding : findings) {
            byMount.computeIfAbsent(finding.mount() + "|" + finding.shared(), k -> new java.util.ArrayList<>())
                    .add(finding);
        }
        List<String> lines = new java.util.ArrayList<>();
        for (List<Finding> group : byMount.values()) {
            if (group.size() == 1) {
                lines.add(group.get(0).note());
                continue;
            }
            Finding first = group.get(0);
            String names = String.join(", ", group.stream().map(f -> f.what() + " " + f.path()).toList());
            lines.add(names + ": " + first.note().substring(first.note().indexOf(": ", first.what().length()) + 2));
        }
        return lines;
    }

    /**
     * Checks {@code path} ({@code what} names it: "the runs folder", "the data set"); a path that does not exist or
     * cannot be {@code written} as asked is an {@link IOException}, naming it.
     */
    public static Finding check(String what, Path path, boolean written) throws IOException {
        Path real;
        try {
            real = path.toAbsolutePath().toRealPath();
        } catch (IOException e) {
            throw new IOException(what + " " + path + " does not exist, so the cluster's jobs cannot use it", e);
        }
        if (written ? !Files.isWritable(real) : !Files.isReadable(real)) {
            throw new IOException(what + " " + real + " is not " + (written ? "writable" : "readable") + " here");
        }
        String[] mount = mountOf(real);
        if (mount == null) {
            return new Finding(what, real, null, "?", what + " " + real + ": this machine's mounts cannot be read, so whether "
                    + "the jobs see it cannot be told; it must be on a file system every node mounts at this path");
        }
        String type = mount[1].toLowerCase(Locale.ROOT);
        if (SHARED.contains(type)) {
            return new Finding(what, real, true, mount[0], what + " " + real + ": on " + type + " (" + mount[0] + "), a shared file "
                    + "system");
        }
        if (NODE_LOCAL.contains(type)) {
            return new Finding(what, real, false, mount[0], what + " " + real + ": on " + type + " (" + mount[0] + "), this machine's "
                    + "memory: jobs on other nodes will not see it (fine only on a one-node cluster)");
        }
        return new Finding(what, real, null, mount[0], what + " " + real + ": on " + type + " (" + mount[0] + "), a local file "
                + "system as far as this machine can tell: the jobs see it only on a one-node cluster or where every "
                + "node mounts the same path");
    }

    /** The mount point and type of the longest mount that holds {@code path}, or null. */
    private static String[] mountOf(Path path) {
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of("/proc/mounts"));
        } catch (IOException | RuntimeException e) {
            return null;
        }
        String[] best = null;
        for (String line : lines) {
            String[] fields = line.split(" ");
            if (fields.length < 3) {
                continue;
            }
            String point = fields[1].replace("\\040", " ");
            if (path.startsWith(Path.of(point)) && (best == null || point.length() > best[0].length())) {
                best = new String[] {point, fields[2]};
            }
        }
        return best;
    }
}

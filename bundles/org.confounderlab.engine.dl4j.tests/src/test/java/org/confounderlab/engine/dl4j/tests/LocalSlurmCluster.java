package org.confounderlab.engine.dl4j.tests;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real one-node Slurm cluster on this machine, for the tests: Debian's {@code munge} and {@code slurm-wlm}
 * ({@code munged}, {@code slurmctld} and {@code slurmd}, as root), each with its files, key, socket, ports and
 * configuration in a folder of its own, so nothing of the machine's own Slurm (if any) is touched. {@link #close}
 * stops all three.
 */
final class LocalSlurmCluster implements AutoCloseable {

    private final Path folder;
    private final Path configuration;
    private final List<Path> pidFiles = new ArrayList<>();

    private LocalSlurmCluster(Path folder) {
        this.folder = folder;
        this.configuration = folder.resolve("slurm.conf");
    }

    /** Why a cluster cannot be started here, or {@code null} when it can. */
    static String unavailable() {
        for (String program : List.of("munged", "slurmctld", "slurmd", "sbatch", "squeue", "scancel")) {
            if (find(program) == null) {
                return program + " is not installed (Debian: apt-get install slurm-wlm munge)";
            }
        }
        try {
            Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            if (!Integer.valueOf(0).equals(uid)) {
                return "slurmd runs its jobs as their users and needs root; this is uid " + uid;
            }
        } catch (IOException | UnsupportedOperationException e) {
            return "cannot tell this process's user: " + e;
        }
        return null;
    }

    /** Starts the cluster in {@code folder} and waits until its node takes jobs. */
    static LocalSlurmCluster start(Path folder) throws IOException, InterruptedException {
        LocalSlurmCluster cluster = new LocalSlurmCluster(folder);
        try {
            cluster.startDaemons();
        } catch (IOException | InterruptedException | RuntimeException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    /** The environment Slurm's commands need to talk to this cluster ({@code SLURM_CONF}). */
    Map<String, String> environment() {
        return Map.of("SLURM_CONF", configuration.toString());
    }

    private void startDaemons() throws IOException, InterruptedException {
        // munged wants every folder above its socket searchable by all (a test's temporary folder is not)
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        for (String sub : List.of("munge", "socket", "state", "spool", "log")) {
            Files.createDirectories(folder.resolve(sub));
        }
        Files.setPosixFilePermissions(folder.resolve("munge"), PosixFilePermissions.fromString("rwx------"));
        Files.setPosixFilePermissions(folder.resolve("socket"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Path key = folder.resolve("munge/munge.key");
        byte[] secret = new byte[1024];
        new SecureRandom().nextBytes(secret);
        Files.write(key, secret);
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        Path socket = folder.resolve("socket/munge.socket");
        pidFiles.add(folder.resolve("munge/munged.pid"));
        exec(List.of(find("munged").toString(), "--socket=" + socket, "--key-file=" + key, "--pid-file="
                + folder.resolve("munge/munged.pid"), "--log-file=" + folder.resolve("log/munged.log"),
                "--seed-file=" + folder.resolve("munge/seed")), "munged");

        String host = Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
        int cpus = Runtime.getRuntime().availableProcessors();
        String conf = String.join("\n",
                "ClusterName=confounderlab-test",
                "SlurmctldHost=" + host + "(127.0.0.1)",
                "SlurmctldPort=" + freePort(),
                "SlurmdPort=" + freePort(),
                "AuthType=auth/munge",
                "CredType=cred/munge",
                "AuthInfo=socket=" + socket,
                "SlurmUser=root",
                "SlurmdUser=root",
                "StateSaveLocation=" + folder.resolve("state"),
                "SlurmdSpoolDir=" + folder.resolve("spool"),
                "SlurmctldPidFile=" + folder.resolve("slurmctld.pid"),
                "SlurmdPidFile=" + folder.resolve("slurmd.pid"),
                "SlurmctldLogFile=" + folder.resolve("log/slurmctld.log"),
                "SlurmdLogFile=" + folder.resolve("log/slurmd.log"),
                "ProctrackType=proctrack/linuxproc",
                "TaskPlugin=task/none",
                "SwitchType=switch/none",
                "MpiDefault=none",
                "ReturnToService=2",
                "SchedulerType=sched/backfill",
                "SelectType=select/cons_tres",
                "SelectTypeParameters=CR_CPU",
                "AccountingStorageType=accounting_storage/none",
                "JobAcctGatherType=jobacct_gather/none",
                "JobCompType=jobcomp/none",
                "MinJobAge=3600",
                "KillWait=20",
                "InactiveLimit=0",
                "NodeName=" + host + " NodeAddr=127.0.0.1 CPUs=" + cpus + " State=UNKNOWN",
                "PartitionName=test Nodes=" + host + " Default=YES MaxTime=INFINITE State=UP", "");
        Files.writeString(configuration, conf);
        pidFiles.add(folder.resolve("slurmctld.pid"));
        exec(List.of(find("slurmctld").toString(), "-f", configuration.toString()), "slurmctld");
        pidFiles.add(folder.resolve("slurmd.pid"));
        exec(List.of(find("slurmd").toString(), "-f", configuration.toString()), "slurmd");
        long deadline = System.currentTimeMillis() + 60_000;
        String state = "";
        while (System.currentTimeMillis() < deadline) {
            state = output(List.of(find("sinfo").toString(), "--noheader", "--format=%T"));
            if (state.strip().equals("idle")) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IOException("the test cluster's node did not become idle within 60 s (sinfo: " + state.strip()
                + "); slurmctld log: " + tail(folder.resolve("log/slurmctld.log")) + "; slurmd log: "
                + tail(folder.resolve("log/slurmd.log")));
    }

    /** Stops slurmd, slurmctld and munged (SIGTERM, then SIGKILL after 20 s). */
    @Override
    public void close() {
        for (int i = pidFiles.size() - 1; i >= 0; i--) {
            try {
                if (!Files.isRegularFile(pidFiles.get(i))) {
                    continue;
                }
                long pid = Long.parseLong(Files.readString(pidFiles.get(i)).strip());
                ProcessHandle.of(pid).ifPresent(process -> {
                    process.destroy();
                    try {
                        process.onExit().get(20, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        process.destroyForcibly();
                    }
                });
            } catch (IOException | NumberFormatException e) {
                // nothing to stop
            }
        }
    }

    /** The last lines of slurmctld's and slurmd's logs, for a failing test's message. */
    String logs() {
        try {
            // the whole logs, kept beside the build's reports for a failure that needs them
            Path kept = Path.of("target", "slurm-logs");
            Files.createDirectories(kept);
            for (String log : List.of("slurmctld.log", "slurmd.log")) {
                Files.copy(folder.resolve("log").resolve(log), kept.resolve(log),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // the tails below still say something
        }
        return "slurmctld: " + tail(folder.resolve("log/slurmctld.log")) + "\nslurmd: " + tail(folder.resolve(
                "log/slurmd.log"));
    }

    private void exec(List<String> command, String name) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(folder.resolve("log/"
                + name + ".out").toFile()).start();
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(name + " did not start: " + Files.readString(folder.resolve("log/" + name
                    + ".out")) + tail(folder.resolve("log/" + name + ".log")));
        }
    }

    private String output(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment());
        Process process = builder.start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(30, TimeUnit.SECONDS);
        return text;
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join(" / ", lines.subList(Math.max(0, lines.size() - 25), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Path find(String program) {
        List<String> folders = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(":")));
        folders.addAll(List.of("/usr/sbin", "/usr/bin", "/sbin"));
        for (String folder : folders) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, program))) {
                return Path.of(folder, program);
            }
        }
        return null;
    }
}

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Resolves every bundle an Eclipse installation lists in its bundles.info in a fresh OSGi framework and reports
 * the ones that do not resolve, with the missing requirement. Exit 0 when all resolve and the required bundles are
 * installed, 1 otherwise. Run with the installation's org.eclipse.osgi jar on the class path:
 *   java -cp plugins/org.eclipse.osgi_*.jar ResolveInstalledBundles.java INSTALL_DIR REQUIRED_BUNDLE...
 */
public final class ResolveInstalledBundles {

    public static void main(String[] args) throws Exception {
        Path install = Path.of(args[0]).toAbsolutePath();
        List<String> required = List.of(args).subList(1, args.length);
        Path bundlesInfo = install.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
        List<String[]> entries = new ArrayList<>();
        for (String line : Files.readAllLines(bundlesInfo)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                entries.add(line.split(","));
            }
        }
        Path storage = Files.createTempDirectory("resolve-check");
        Map<String, String> config = new HashMap<>();
        config.put("org.osgi.framework.storage", storage.toString());
        config.put("osgi.ws", "gtk");
        config.put("osgi.os", "linux");
        config.put("osgi.arch", "x86_64");
        Framework framework = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(config);
        framework.init();
        BundleContext context = framework.getBundleContext();
        List<Bundle> bundles = new ArrayList<>();
        for (String[] entry : entries) {
            String symbolicName = entry[0];
            if (symbolicName.equals("org.eclipse.osgi")) {
                continue;
            }
            Path location = install.resolve(entry[2]).normalize();
            try {
                // reference: installs in place, for jar and folder-shaped bundles alike.
                bundles.add(context.installBundle("reference:" + location.toUri()));
            } catch (BundleException e) {
                System.err.println("cannot install " + symbolicName + ": " + e.getMessage());
                System.exit(1);
            }
        }
        framework.adapt(FrameworkWiring.class).resolveBundles(bundles);
        int unresolved = 0;
        for (Bundle bundle : bundles) {
            if ((bundle.getState() & (Bundle.INSTALLED | Bundle.UNINSTALLED)) != 0) {
                unresolved++;
                String reason;
                try {
                    bundle.start(Bundle.START_TRANSIENT);
                    reason = "resolved on start";
                } catch (BundleException e) {
                    reason = e.getMessage();
                }
                System.err.println("UNRESOLVED " + bundle.getSymbolicName() + " " + bundle.getVersion() + ": " + reason);
            }
        }
        List<String> missing = new ArrayList<>(required);
        bundles.forEach(b -> missing.remove(b.getSymbolicName()));
        for (String name : missing) {
            System.err.println("NOT INSTALLED " + name);
        }
        System.out.println(bundles.size() + " bundles, " + unresolved + " unresolved, " + missing.size()
                + " of " + required.size() + " required bundles missing");
        framework.stop();
        framework.waitForStop(10_000);
        deleteQuietly(storage);
        System.exit(unresolved == 0 && missing.isEmpty() ? 0 : 1);
    }

    private static void deleteQuietly(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}

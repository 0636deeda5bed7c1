package org.confounderlab.launch.engine;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The flat class path of the engine's own JVM, taken from the installed bundles: the engine bundle and every
 * bundle it needs (mandatory Require-Bundle and Import-Package wires, transitively), then the jars of every bundle
 * that carries engine libraries (the Deeplearning4j backend). Optional wires are left out on purpose: they lead
 * into the OSGi runtime, which the engine must not see.
 */
public final class EngineClasspath {

    /** The bundle whose jar holds the engine's main class. */
    public static final String ENGINE_BUNDLE = "org.confounderlab.engine";

    /**
     * Manifest header of a bundle that carries jars for the engine's JVM only (never loaded in OSGi): the value is
     * the folder, inside the bundle, that holds them.
     */
    public static final String LIBRARIES_HEADER = "Confounder-Engine-Libraries";

    private EngineClasspath() {
    }

    /** Class path entries (jars or class folders) for the engine, engine first. */
    public static List<Path> resolve() throws IOException {
        Bundle engine = Platform.getBundle(ENGINE_BUNDLE);
        if (engine == null) {
            throw new IOException("The Confounder Lab engine bundle (" + ENGINE_BUNDLE + ") is not installed");
        }
        Set<Bundle> bundles = closure(engine);
        List<Path> entries = new ArrayList<>();
        for (Bundle bundle : bundles) {
            entries.add(classpathEntry(bundle));
        }
        // This bundle is lazily activated by loading this class, so it has a context.
        for (Bundle bundle : FrameworkUtil.getBundle(EngineClasspath.class).getBundleContext().getBundles()) {
            String folder = bundle.getHeaders("").get(LIBRARIES_HEADER);
            if (folder != null) {
                entries.addAll(libraries(bundle, folder.strip()));
            }
        }
        return entries;
    }

    /** The entries joined with the platform's path separator, ready for {@code -cp}. */
    public static String asArgument(List<Path> entries) {
        return String.join(File.pathSeparator, entries.stream().map(Path::toString).toList());
    }

    private static Set<Bundle> closure(Bundle start) throws IOException {
        Set<Bundle> seen = new LinkedHashSet<>();
        Deque<Bundle> pending = new ArrayDeque<>();
        pending.add(start);
        while (!pending.isEmpty()) {
            Bundle bundle = pending.poll();
            if (bundle.getBundleId() == Constants.SYSTEM_BUNDLE_ID || !seen.add(bundle)) {
                continue;
            }
            BundleWiring wiring = bundle.adapt(BundleWiring.class);
            if (wiring == null) {
                throw new IOException("Bundle " + bundle.getSymbolicName() + " is not resolved");
            }
            for (String namespace : List.of(BundleNamespace.BUNDLE_NAMESPACE, PackageNamespace.PACKAGE_NAMESPACE)) {
                for (BundleWire wire : wiring.getRequiredWires(namespace)) {
                    String resolution = wire.getRequirement().getDirectives().get(Constants.RESOLUTION_DIRECTIVE);
                    if (!Constants.RESOLUTION_OPTIONAL.equals(resolution)) {
                        pending.add(wire.getProvider().getBundle());
                    }
                }
            }
        }
        return seen;
    }

    private static List<Path> libraries(Bundle bundle, String folder) throws IOException {
        Path location = FileLocator.getBundleFileLocation(bundle)
                .orElseThrow(() -> new IOException("Bundle " + bundle.getSymbolicName() + " is not on the file system"))
                .toPath();
        Path libraries = location.resolve(folder);
        if (!Files.isDirectory(libraries)) {
            throw new IOException("Bundle " + bundle.getSymbolicName() + " is installed as a jar, but its engine "
                    + "libraries must be unpacked: no folder " + libraries);
        }
        try (Stream<Path> files = Files.list(libraries)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
    }

    private static Path classpathEntry(Bundle bundle) throws IOException {
        File location = FileLocator.getBundleFileLocation(bundle)
                .orElseThrow(() -> new IOException("Bundle " + bundle.getSymbolicName() + " is not on the file system"));
        Path path = location.toPath();
        if (Files.isDirectory(path)) {
            // A bundle run from its project folder (development or test runtime): its classes are in the output folder.
            for (String output : List.of("target/classes", "bin")) {
                Path classes = path.resolve(output);
                if (Files.isDirectory(classes)) {
                    return classes;
                }
            }
        }
        return path;
    }
}

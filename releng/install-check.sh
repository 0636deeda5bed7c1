#!/usr/bin/env bash
# Installs the Confounder Lab feature from the built update site into a plain Eclipse platform (built from the
# same target platform, without Confounder Lab), the way a user installs into their own Eclipse, then checks that
# p2 installed it and that every bundle of the result resolves in a fresh OSGi framework.
# Needs a finished build (./mvnw verify); ./confounderlab test runs it after the tests.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
java="${JAVA_HOME:?JAVA_HOME must name a JDK 21+ (./confounderlab sets it)}/bin/java"
repository="$root/releng/org.confounderlab.repository/target/repository"
platform="$root/releng/org.confounderlab.product/target/products/org.confounderlab.platform/linux/gtk/x86_64/eclipse-platform"
[ -f "$repository/content.jar" ] || [ -f "$repository/content.xml.xz" ] || { echo "install-check: no update site at $repository (build first)" >&2; exit 2; }
[ -d "$platform/plugins" ] || { echo "install-check: no plain platform at $platform (build first)" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -a "$platform" "$work/eclipse"
launcher=$(ls "$work"/eclipse/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)

grep -q '^org.confounderlab' "$work/eclipse/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" \
  && { echo "install-check: the plain platform already contains Confounder Lab" >&2; exit 1; }

echo "install-check: installing org.confounderlab.feature from $repository"
"$java" -jar "$launcher" -nosplash -consoleLog \
  -application org.eclipse.equinox.p2.director \
  -repository "file:$repository" \
  -installIU org.confounderlab.feature.feature.group \
  -destination "$work/eclipse" -profile DefaultProfile \
  -profileProperties org.eclipse.update.install.features=true

# The Deeplearning4j libraries run in the engine's own JVM, so they must arrive unpacked.
ls "$work"/eclipse/plugins/org.confounderlab.engine.dl4j.lib_*/lib/deeplearning4j-nn-*.jar >/dev/null 2>&1 \
  || { echo "install-check: org.confounderlab.engine.dl4j.lib was not installed as a folder with lib/*.jar" >&2; exit 1; }

echo "install-check: resolving the installed bundles"
osgi=$(ls "$work"/eclipse/plugins/org.eclipse.osgi_*.jar | head -n 1)
"$java" -cp "$osgi" "$root/releng/install-check/ResolveInstalledBundles.java" "$work/eclipse" \
  org.confounderlab.model org.confounderlab.engine org.confounderlab.core org.confounderlab.launch org.confounderlab.ui \
  org.eclipse.emf.ecore org.eclipse.emf.ecore.xmi
echo "install-check: passed"

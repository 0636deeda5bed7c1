package org.confounderlab.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/** Helpers that drive the real workbench the tests run in. */
final class Workbench {

    private Workbench() {
    }

    /**
     * The first widget of {@code type} that {@code wanted} accepts in {@code control}'s tree ({@code control} itself
     * first, then its children depth first), or {@code null}.
     */
    static <T> T find(org.eclipse.swt.widgets.Control control, Class<T> type, java.util.function.Predicate<T> wanted) {
        if (type.isInstance(control) && wanted.test(type.cast(control))) {
            return type.cast(control);
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
                T found = find(child, type, wanted);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The button (push, check or radio) labelled {@code text} in {@code control}'s tree, or {@code null}. */
    static org.eclipse.swt.widgets.Button findButton(org.eclipse.swt.widgets.Control control, String text) {
        return find(control, org.eclipse.swt.widgets.Button.class, button -> text.equals(button.getText()));
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Runs the event loop until the jobs of a family are done (and pending UI runnables have run). */
    static void waitForJobs(Object family) throws InterruptedException {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + 30_000;
        while (!Job.getJobManager().isIdle() && Job.getJobManager().find(family).length > 0
                && System.currentTimeMillis() < deadline) {
            while (display.readAndDispatch()) {
                // keep the UI responsive while jobs run
            }
            Thread.sleep(10);
        }
        processEvents();
    }

    /** Makes the workbench window fill the (Xvfb) screen, as a user would, so screenshots show the parts at size. */
    static void fillScreen() {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        shell.setBounds(shell.getDisplay().getPrimaryMonitor().getClientArea());
        processEvents();
    }

    static void processEvents() {
        Display display = Display.getCurrent();
        for (int i = 0; i < 50; i++) {
            while (display.readAndDispatch()) {
                // drain
            }
        }
    }

    /** Saves a PNG of the workbench window under target/screenshots, for people to look at. */
    static Path screenshot(String name) throws Exception {
        return screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), name);
    }

    /** Saves a PNG of the window with {@code part} maximised (as one reads a form or a wide table), then restores it. */
    static Path screenshotZoomed(org.eclipse.ui.IWorkbenchPart part, String name) throws Exception {
        fillScreen();
        org.eclipse.ui.IWorkbenchPartReference reference = page().getReference(part);
        page().toggleZoom(reference);
        try {
            return screenshot(name);
        } finally {
            page().toggleZoom(reference);
            processEvents();
        }
    }

    /** Saves a PNG of {@code shell} (a dialog, say) under target/screenshots. */
    static Path screenshot(Shell shell, String name) throws Exception {
        processEvents();
        Display display = shell.getDisplay();
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
        } finally {
            gc.dispose();
        }
        try {
            Path folder = Path.of(System.getProperty("user.dir"), "target", "screenshots");
            Files.createDirectories(folder);
            Path file = folder.resolve(name + ".png");
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            loader.save(file.toString(), SWT.IMAGE_PNG);
            return file;
        } finally {
            image.dispose();
        }
    }
}

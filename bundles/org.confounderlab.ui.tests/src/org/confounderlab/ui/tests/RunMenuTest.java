package org.confounderlab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.confounderlab.ui.ConfounderLabPerspective;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

/**
 * The perspective brings Eclipse's launch action set: the menu bar has a Run menu with Run Configurations… (which
 * the README sends users to), and choosing it opens the Run Configurations dialog.
 */
class RunMenuTest {

    @Test
    void theRunMenuExistsAndOpensRunConfigurations() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        PlatformUI.getWorkbench().showPerspective(ConfounderLabPerspective.ID, window);
        Workbench.processEvents();
        Menu bar = window.getShell().getMenuBar();
        List<String> menus = new ArrayList<>();
        MenuItem run = null;
        for (MenuItem item : bar.getItems()) {
            String text = item.getText().replace("&", "");
            menus.add(text);
            if (text.equals("Run")) {
                run = item;
            }
        }
        assertNotNull(run, "a Run menu among " + menus);
        Menu items = run.getMenu();
        items.notifyListeners(SWT.Show, new Event()); // the menu fills itself as it opens
        List<String> texts = new ArrayList<>();
        for (MenuItem item : items.getItems()) {
            texts.add(item.getText().replace("&", "").split("\t")[0]);
        }
        items.notifyListeners(SWT.Hide, new Event());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Run Configurations")), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Run History")), texts.toString());

        // Run Configurations… opens its dialog (modal: closed from a timer once it is up)
        String[] seen = {null};
        Display display = Display.getCurrent();
        Runnable close = new Runnable() {
            int tries;

            @Override
            public void run() {
                for (Shell shell : display.getShells()) {
                    if (shell.isVisible() && shell.getText().startsWith("Run Configurations")) {
                        seen[0] = shell.getText();
                        try {
                            Workbench.screenshot(shell, "run-configurations");
                        } catch (Exception e) {
                            // the dialog is what is checked; the picture is for looking at
                        }
                        shell.close();
                        return;
                    }
                }
                if (++tries < 100) {
                    display.timerExec(200, this);
                }
            }
        };
        display.timerExec(500, close);
        window.getService(IHandlerService.class).executeCommand(
                "org.eclipse.debug.ui.commands.OpenRunConfigurations", null);
        assertNotNull(seen[0], "the Run Configurations dialog opened");
    }
}

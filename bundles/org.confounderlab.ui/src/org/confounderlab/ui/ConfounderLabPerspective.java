package org.confounderlab.ui;

import org.confounderlab.ui.views.DatasetConfoundersView;
import org.confounderlab.ui.views.RunComparisonView;
import org.confounderlab.ui.views.RunView;
import org.confounderlab.ui.views.RunsView;
import org.confounderlab.ui.views.SaliencyView;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The Confounder Lab perspective: projects on the left, editors in the middle, the shown run on the right, runs and problems below. */
public class ConfounderLabPerspective implements IPerspectiveFactory {

    /** The perspective's id in plugin.xml. */
    public static final String ID = "org.confounderlab.ui.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.addView(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.LEFT, 0.22f, editorArea);
        // The outline of the experiment being edited under the projects; its selection's properties go below the
        // editors with the runs, beside the outline rather than stacked with it in one folder.
        layout.addPlaceholder(IPageLayout.ID_OUTLINE, IPageLayout.BOTTOM, 0.6f, IPageLayout.ID_PROJECT_EXPLORER);
        // Run > Run Configurations…, Run History and the Run toolbar buttons, as in any Eclipse IDE
        layout.addActionSet(org.eclipse.debug.ui.IDebugUIConstants.LAUNCH_ACTION_SET);
        // The Run view first, so it takes the full height on the right; runs, problems and the console go below the
        // editors.
        IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.42f, editorArea);
        right.addView(RunView.ID);
        right.addPlaceholder(SaliencyView.ID);
        right.addPlaceholder(RunComparisonView.ID);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.6f, editorArea);
        bottom.addView(RunsView.ID);
        bottom.addView(DatasetConfoundersView.ID);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        bottom.addPlaceholder("org.eclipse.ui.console.ConsoleView");
        bottom.addPlaceholder(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(RunsView.ID);
        layout.addShowViewShortcut(RunView.ID);
        layout.addShowViewShortcut(SaliencyView.ID);
        layout.addShowViewShortcut(RunComparisonView.ID);
        layout.addShowViewShortcut(DatasetConfoundersView.ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
        layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addNewWizardShortcut("org.confounderlab.ui.wizards.newExperiment");
        layout.addNewWizardShortcut("org.confounderlab.ui.wizards.newExampleProject");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.project");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file");
    }
}

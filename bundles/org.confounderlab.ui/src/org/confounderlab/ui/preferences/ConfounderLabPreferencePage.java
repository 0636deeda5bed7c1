package org.confounderlab.ui.preferences;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Window > Preferences > Confounder Lab: how the workbench follows trainings and shows runs. */
public class ConfounderLabPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    /** The page's id in plugin.xml. */
    public static final String ID = "org.confounderlab.ui.preferences";

    public ConfounderLabPreferencePage() {
        super(GRID);
        setPreferenceStore(UiPreferences.store());
        setDescription("How the workbench follows trainings and shows their runs.");
    }

    @Override
    public void init(IWorkbench workbench) {
        // the store is set in the constructor
    }

    @Override
    protected void createFieldEditors() {
        addField(new BooleanFieldEditor(UiPreferences.OPEN_RUN_VIEW_ON_TRAINING,
                "&Open the Run view when a training starts", getFieldEditorParent()));
        IntegerFieldEditor expand = new IntegerFieldEditor(UiPreferences.EXPAND_RUNS_UP_TO,
                "&Expand every experiment in the Runs view up to this many runs:", getFieldEditorParent(), 6);
        expand.setValidRange(0, 100_000);
        addField(expand);
        IntegerFieldEditor opacity = new IntegerFieldEditor(UiPreferences.SALIENCY_OPACITY,
                "Saliency viewer: heat-map &opacity (%):", getFieldEditorParent(), 3);
        opacity.setValidRange(0, 100);
        addField(opacity);
        addField(new BooleanFieldEditor(UiPreferences.SALIENCY_BOXES, "Saliency viewer: draw region &boxes",
                getFieldEditorParent()));
    }
}

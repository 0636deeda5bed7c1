package org.confounderlab.ui.launch;

import java.util.List;

import org.confounderlab.launch.training.TrainingLaunchAttributes;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/**
 * Changes to the experiment for this launch only: epochs, batch size, training seed. The run records the values it
 * trained with; the experiment file stays as it is. Launches that differ only by seed share their test images. Also
 * how images are read: through the preprocessed cache or not, and whether an unreadable image is skipped or stops
 * the run.
 */
public final class OverridesTab extends AbstractLaunchConfigurationTab {

    private Spinner epochs;
    private Spinner batchSize;
    private Text seed;
    private Button cache;
    private Combo onBadImage;
    /** The bad-image attribute's values, in the order of the combo's items. */
    private static final List<String> BAD_IMAGE_POLICIES = List.of("", "skip", "stop");

    @Override
    public void createControl(Composite parent) {
        Composite composite = new Composite(parent, SWT.NONE);
        composite.setLayout(new GridLayout(2, false));
        epochs = spinner(composite, "Epochs:", 100_000, "Epochs to train; 0 keeps the experiment's");
        batchSize = spinner(composite, "Batch size:", 4096, "Images per training step; 0 keeps the experiment's");
        new Label(composite, SWT.NONE).setText("Training seed:");
        seed = new Text(composite, SWT.BORDER);
        seed.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        seed.setToolTipText("Seed of the initial weights and of each epoch's order; empty keeps the experiment's. "
                + "The split keeps its own seed, so runs that differ only by this seed are tested on the same images.");
        seed.setMessage("the experiment's");
        seed.addModifyListener(e -> updateLaunchConfigurationDialog());
        cache = new Button(composite, SWT.CHECK);
        cache.setText("Read images through the preprocessed cache");
        cache.setToolTipText("Images decoded and letterboxed once into runs/.cache, reused by every epoch, run and "
                + "study arm, and built again when a file or the preprocessing changes");
        cache.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        cache.setSelection(true); // the attribute's default, should the dialog apply before it initialises this tab
        cache.addListener(SWT.Selection, e -> updateLaunchConfigurationDialog());
        new Label(composite, SWT.NONE).setText("Unreadable images:");
        onBadImage = new Combo(composite, SWT.READ_ONLY);
        onBadImage.setItems("as the experiment says", "skip, count and list them", "stop the run");
        onBadImage.setToolTipText("Corrupt, truncated or missing images are found before training; the list is "
                + "bad-images.tsv in the run folder");
        onBadImage.select(0);
        onBadImage.addListener(SWT.Selection, e -> updateLaunchConfigurationDialog());
        Label note = new Label(composite, SWT.WRAP);
        note.setText("0 or empty: as the experiment says. The run records the values it was trained with.");
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        data.widthHint = 420;
        note.setLayoutData(data);
        setControl(composite);
    }

    private Spinner spinner(Composite parent, String label, int maximum, String tip) {
        new Label(parent, SWT.NONE).setText(label);
        Spinner spinner = new Spinner(parent, SWT.BORDER);
        spinner.setValues(0, 0, maximum, 0, 1, 10);
        spinner.setToolTipText(tip);
        spinner.addModifyListener(e -> updateLaunchConfigurationDialog());
        return spinner;
    }

    @Override
    public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
        configuration.setAttribute(TrainingLaunchAttributes.EPOCHS, 0);
        configuration.setAttribute(TrainingLaunchAttributes.BATCH_SIZE, 0);
        configuration.setAttribute(TrainingLaunchAttributes.SEED, "");
        configuration.setAttribute(TrainingLaunchAttributes.CACHE, true);
        configuration.setAttribute(TrainingLaunchAttributes.ON_BAD_IMAGE, "");
    }

    @Override
    public void initializeFrom(ILaunchConfiguration configuration) {
        try {
            epochs.setSelection(configuration.getAttribute(TrainingLaunchAttributes.EPOCHS, 0));
            batchSize.setSelection(configuration.getAttribute(TrainingLaunchAttributes.BATCH_SIZE, 0));
            seed.setText(configuration.getAttribute(TrainingLaunchAttributes.SEED, ""));
            cache.setSelection(configuration.getAttribute(TrainingLaunchAttributes.CACHE, true));
            onBadImage.select(Math.max(0, BAD_IMAGE_POLICIES.indexOf(configuration.getAttribute(
                    TrainingLaunchAttributes.ON_BAD_IMAGE, ""))));
        } catch (CoreException e) {
            setErrorMessage(e.getMessage());
        }
    }

    @Override
    public void performApply(ILaunchConfigurationWorkingCopy configuration) {
        configuration.setAttribute(TrainingLaunchAttributes.EPOCHS, epochs.getSelection());
        configuration.setAttribute(TrainingLaunchAttributes.BATCH_SIZE, batchSize.getSelection());
        configuration.setAttribute(TrainingLaunchAttributes.SEED, seed.getText().strip());
        configuration.setAttribute(TrainingLaunchAttributes.CACHE, cache.getSelection());
        configuration.setAttribute(TrainingLaunchAttributes.ON_BAD_IMAGE,
                BAD_IMAGE_POLICIES.get(Math.max(0, onBadImage.getSelectionIndex())));
    }

    @Override
    public boolean isValid(ILaunchConfiguration configuration) {
        String text = seed.getText().strip();
        boolean valid = text.isEmpty() || text.matches("\\d{1,18}");
        setErrorMessage(valid ? null : "The training seed must be a whole number ≥ 0 (or empty), not '" + text + "'");
        return valid;
    }

    @Override
    public String getName() {
        return "Overrides";
    }
}

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
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/**
 * Where the launch trains: on this machine, or submitted to a Slurm cluster as a job (the engine calls the user's own
 * {@code sbatch}; this IDE must run on a machine that can submit, such as a login node). The resources left empty
 * come from the experiment's slurm section, else the cluster's defaults. A submitted run appears in the Runs view as
 * queued, then running, refreshed while it is; Cancel Cluster Jobs there stops it.
 */
public final class ClusterTab extends AbstractLaunchConfigurationTab {

    private Button local;
    private Button slurm;
    private Text partition;
    private Spinner gpus;
    private Spinner cpus;
    private Text memory;
    private Text time;
    private Text account;
    private Text qos;
    private Text extra;
    private List<org.eclipse.swt.widgets.Control> slurmFields;

    @Override
    public void createControl(Composite parent) {
        Composite composite = new Composite(parent, SWT.NONE);
        composite.setLayout(new GridLayout(2, false));
        local = radio(composite, "This machine");
        slurm = radio(composite, "A Slurm cluster, as a job (sbatch)");
        partition = text(composite, "Partition:", "the experiment's, else the cluster's default",
                "sbatch --partition");
        new Label(composite, SWT.NONE).setText("GPUs per job:");
        gpus = new Spinner(composite, SWT.BORDER);
        gpus.setValues(-1, -1, 64, 0, 1, 1);
        gpus.setToolTipText("sbatch --gpus; -1: the experiment's (default none)");
        gpus.addModifyListener(e -> updateLaunchConfigurationDialog());
        new Label(composite, SWT.NONE).setText("CPU cores per job:");
        cpus = new Spinner(composite, SWT.BORDER);
        cpus.setValues(0, 0, 1024, 0, 1, 4);
        cpus.setToolTipText("sbatch --cpus-per-task, the training's threads; 0: the experiment's (default 4)");
        cpus.addModifyListener(e -> updateLaunchConfigurationDialog());
        memory = text(composite, "Memory per job:", "e.g. 48G; the experiment's", "sbatch --mem");
        time = text(composite, "Time limit:", "e.g. 12:00:00; the experiment's", "sbatch --time; a run stopped at its "
                + "limit is marked failed and continues from its last checkpoint when resubmitted");
        account = text(composite, "Account:", "the experiment's, else your default", "sbatch --account");
        qos = text(composite, "QOS:", "the experiment's, else the default", "sbatch --qos");
        extra = text(composite, "More sbatch options:", "e.g. --constraint=a100 --exclusive",
                "Further sbatch options, separated by spaces, each written into the batch script");
        Label note = new Label(composite, SWT.WRAP);
        note.setText("The run folder, the experiment and the data set must be on a file system the cluster's nodes "
                + "mount at the same paths; the engine checks them before submitting and says what it finds.");
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        data.widthHint = 420;
        note.setLayoutData(data);
        slurmFields = List.of(partition, gpus, cpus, memory, time, account, qos, extra);
        local.setSelection(true);
        enableFields();
        setControl(composite);
    }

    private Button radio(Composite parent, String label) {
        Button button = new Button(parent, SWT.RADIO);
        button.setText(label);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        button.addListener(SWT.Selection, e -> {
            enableFields();
            updateLaunchConfigurationDialog();
        });
        return button;
    }

    private Text text(Composite parent, String label, String message, String tip) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.setMessage(message);
        text.setToolTipText(tip);
        text.addModifyListener(e -> updateLaunchConfigurationDialog());
        return text;
    }

    private void enableFields() {
        for (org.eclipse.swt.widgets.Control field : slurmFields) {
            field.setEnabled(slurm.getSelection());
        }
    }

    @Override
    public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
        configuration.setAttribute(TrainingLaunchAttributes.EXECUTOR, "local");
    }

    @Override
    public void initializeFrom(ILaunchConfiguration configuration) {
        try {
            boolean onSlurm = "slurm".equals(configuration.getAttribute(TrainingLaunchAttributes.EXECUTOR, "local"));
            local.setSelection(!onSlurm);
            slurm.setSelection(onSlurm);
            partition.setText(configuration.getAttribute(TrainingLaunchAttributes.SLURM_PARTITION, ""));
            gpus.setSelection(configuration.getAttribute(TrainingLaunchAttributes.SLURM_GPUS, -1));
            cpus.setSelection(configuration.getAttribute(TrainingLaunchAttributes.SLURM_CPUS, 0));
            memory.setText(configuration.getAttribute(TrainingLaunchAttributes.SLURM_MEMORY, ""));
            time.setText(configuration.getAttribute(TrainingLaunchAttributes.SLURM_TIME, ""));
            account.setText(configuration.getAttribute(TrainingLaunchAttributes.SLURM_ACCOUNT, ""));
            qos.setText(configuration.getAttribute(TrainingLaunchAttributes.SLURM_QOS, ""));
            extra.setText(configuration.getAttribute(TrainingLaunchAttributes.SLURM_EXTRA, ""));
            enableFields();
        } catch (CoreException e) {
            setErrorMessage(e.getMessage());
        }
    }

    @Override
    public void performApply(ILaunchConfigurationWorkingCopy configuration) {
        configuration.setAttribute(TrainingLaunchAttributes.EXECUTOR, slurm.getSelection() ? "slurm" : "local");
        configuration.setAttribute(TrainingLaunchAttributes.SLURM_PARTITION, partition.getText().strip());
        configuration.setAttribute(TrainingLaunchAttributes.SLURM_GPUS, gpus.getSelection());
        configuration.setAttribute(TrainingLaunchAttributes.SLURM_CPUS, cpus.getSelection());
        configuration.setAttribute(TrainingLaunchAttributes.SLURM_MEMORY, memory.getText().strip());
        configuration.setAttribute(TrainingLaunchAttributes.SLURM_TIME, time.getText().strip());
        configuration.setAttribute(TrainingLaunchAttributes.SLURM_ACCOUNT, account.getText().strip());
        configuration.setAttribute(TrainingLaunchAttributes.SLURM_QOS, qos.getText().strip());
        configuration.setAttribute(TrainingLaunchAttributes.SLURM_EXTRA, extra.getText().strip());
    }

    @Override
    public boolean isValid(ILaunchConfiguration configuration) {
        if (!slurm.getSelection()) {
            setErrorMessage(null);
            return true;
        }
        for (Text field : List.of(partition, memory, time, account, qos)) {
            if (field.getText().strip().matches(".*[\\s'\"\\\\].*")) {
                setErrorMessage("Slurm values hold no spaces or quotes: '" + field.getText().strip() + "'");
                return false;
            }
        }
        if (!time.getText().isBlank() && !time.getText().strip().matches("[0-9:-]+")) {
            setErrorMessage("The time limit is minutes, or [days-]hours:minutes:seconds, e.g. 12:00:00; not '"
                    + time.getText().strip() + "'");
            return false;
        }
        for (String option : org.eclipse.debug.core.DebugPlugin.parseArguments(extra.getText())) {
            if (!option.startsWith("-")) {
                setErrorMessage("Each further sbatch option starts with '-', unlike '" + option + "'");
                return false;
            }
        }
        setErrorMessage(null);
        return true;
    }

    @Override
    public String getName() {
        return "Cluster";
    }
}

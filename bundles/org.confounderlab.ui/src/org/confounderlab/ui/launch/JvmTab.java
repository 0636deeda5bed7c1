package org.confounderlab.ui.launch;

import org.confounderlab.launch.training.TrainingLaunchAttributes;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The engine JVM: heap, ND4J's off-heap limit, extra arguments, which Java (21 or newer). */
public final class JvmTab extends AbstractLaunchConfigurationTab {

    private Text heap;
    private Text offHeap;
    private Text arguments;
    private Text javaHome;

    @Override
    public void createControl(Composite parent) {
        Composite composite = new Composite(parent, SWT.NONE);
        composite.setLayout(new GridLayout(2, false));
        heap = field(composite, "Heap (-Xmx):", "Java heap of the training JVM, e.g. 4g");
        offHeap = field(composite, "ND4J off-heap limit:", "Native memory for ND4J arrays, e.g. 8g; empty: no limit");
        arguments = field(composite, "Extra JVM arguments:", "Passed to the training JVM as they are");
        javaHome = field(composite, "Java home (21+):", "Empty: the Java the IDE runs on");
        setControl(composite);
    }

    private Text field(Composite parent, String label, String tip) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.setToolTipText(tip);
        text.addModifyListener(e -> updateLaunchConfigurationDialog());
        return text;
    }

    @Override
    public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
        configuration.setAttribute(TrainingLaunchAttributes.HEAP, TrainingLaunchAttributes.DEFAULT_HEAP);
    }

    @Override
    public void initializeFrom(ILaunchConfiguration configuration) {
        try {
            heap.setText(configuration.getAttribute(TrainingLaunchAttributes.HEAP,
                    TrainingLaunchAttributes.DEFAULT_HEAP));
            offHeap.setText(configuration.getAttribute(TrainingLaunchAttributes.OFF_HEAP, ""));
            arguments.setText(configuration.getAttribute(TrainingLaunchAttributes.JVM_ARGUMENTS, ""));
            javaHome.setText(configuration.getAttribute(TrainingLaunchAttributes.JAVA_HOME, ""));
        } catch (CoreException e) {
            setErrorMessage(e.getMessage());
        }
    }

    @Override
    public void performApply(ILaunchConfigurationWorkingCopy configuration) {
        configuration.setAttribute(TrainingLaunchAttributes.HEAP, heap.getText().strip());
        configuration.setAttribute(TrainingLaunchAttributes.OFF_HEAP, offHeap.getText().strip());
        configuration.setAttribute(TrainingLaunchAttributes.JVM_ARGUMENTS, arguments.getText().strip());
        configuration.setAttribute(TrainingLaunchAttributes.JAVA_HOME, javaHome.getText().strip());
    }

    @Override
    public boolean isValid(ILaunchConfiguration configuration) {
        setErrorMessage(heap.getText().strip().matches("\\d+[kKmMgG]?") ? null
                : "The heap must be a size such as 4g or 2048m");
        return getErrorMessage() == null;
    }

    @Override
    public String getName() {
        return "JVM";
    }
}

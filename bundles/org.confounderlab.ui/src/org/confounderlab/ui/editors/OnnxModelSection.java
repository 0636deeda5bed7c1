package org.confounderlab.ui.editors;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.confounderlab.engine.onnx.OnnxModel;
import org.confounderlab.engine.onnx.OnnxModelException;
import org.confounderlab.engine.onnx.OnnxModelSummary;
import org.confounderlab.model.experiment.Architecture;
import org.confounderlab.model.experiment.ModelSpec;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/**
 * The Model and Training page's section for a model trained elsewhere (architecture ONNX): the file, its input and
 * output names, layout, features and the order of its output's labels, and what the file offers the audit (inputs,
 * outputs, the Grad-CAM layer), read in the background from the file whenever the file or the output changes.
 */
final class OnnxModelSection {

    /** The data key of the summary text, for tests. */
    static final String SUMMARY = "model.onnx.summary";

    private final ExperimentEditor editor;
    private final ModelSpec model;
    private final Text summary;
    private String shownFor;

    private OnnxModelSection(ExperimentEditor editor, ModelSpec model, Text summary) {
        this.editor = editor;
        this.model = model;
        this.summary = summary;
    }

    /** Adds the section to the page's form. */
    static void create(ExperimentEditor editor, FormToolkit toolkit, ScrolledForm form, Composite client) {
        ModelSpec model = editor.getExperiment().getModel();
        ExperimentFields fields = editor.fields();
        fields.file(toolkit, client, "model.onnxFile", model, "onnxFile", "ONNX file", "With architecture ONNX: "
                + "a model exported from PyTorch (torch.onnx.export) or another framework, audited as it is; runs "
                + "skip training. Relative to the experiment's folder", new String[] {"*.onnx", "*.*"},
                editor::getExperimentFolder);
        fields.text(toolkit, client, "model.onnxInput", model, "onnxInput", "Input name",
                "The image input; blank when the model has one input");
        fields.choice(toolkit, client, "model.onnxLayout", model, "onnxLayout", "Input layout",
                "NCHW for PyTorch exports, NHWC for TensorFlow and Keras");
        fields.text(toolkit, client, "model.onnxOutput", model, "onnxOutput", "Scores output",
                "The output with one score per label; blank for the first output");
        fields.text(toolkit, client, "model.onnxFeatures", model, "onnxFeatures", "Features value",
                "The value holding the penultimate features; blank finds the input of the final linear layer");
        fields.text(toolkit, client, "model.outputLabels", model, "outputLabels", "Output labels",
                "The label of each output column, in order, e.g. Atelectasis, Cardiomegaly, …; blank when the "
                        + "columns are the experiment's labels in their order");
        toolkit.createLabel(client, "In the file:").setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false,
                false));
        Text summary = toolkit.createText(client, "", SWT.MULTI | SWT.READ_ONLY | SWT.WRAP);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 400;
        summary.setLayoutData(data);
        summary.setData("path", SUMMARY);
        OnnxModelSection section = new OnnxModelSection(editor, model, summary);
        CommandStackListener follow = event -> {
            if (!summary.isDisposed()) {
                summary.getDisplay().asyncExec(section::refresh);
            }
        };
        editor.getEditingDomain().getCommandStack().addCommandStackListener(follow);
        summary.addDisposeListener(e -> editor.getEditingDomain().getCommandStack().removeCommandStackListener(follow));
        section.refresh();
    }

    /** Reads the file again if the file, the output or the architecture changed. */
    private void refresh() {
        if (summary.isDisposed()) {
            return;
        }
        Path folder = editor.getExperimentFolder();
        String name = model.getOnnxFile();
        String key = model.getArchitecture() + "|" + name + "|" + model.getOnnxOutput();
        if (key.equals(shownFor)) {
            return;
        }
        shownFor = key;
        if (name == null || name.isBlank()) {
            show(model.getArchitecture() == Architecture.ONNX ? "Choose the ONNX file." : "Not used: the "
                    + "architecture is " + model.getArchitecture() + ", trained here.");
            return;
        }
        Path file = Path.of(name);
        Path resolved = file.isAbsolute() || folder == null ? file : folder.resolve(file);
        String output = model.getOnnxOutput();
        show("Reading " + resolved.getFileName() + "…");
        Thread reader = new Thread(() -> {
            String text;
            if (!Files.isRegularFile(resolved)) {
                text = resolved + " does not exist.";
            } else {
                try {
                    List<String> lines = OnnxModelSummary.lines(OnnxModel.read(resolved), output);
                    text = String.join("\n", lines);
                } catch (OnnxModelException e) {
                    text = e.getMessage();
                }
            }
            String shown = text;
            if (!summary.isDisposed()) {
                summary.getDisplay().asyncExec(() -> {
                    if (key.equals(shownFor)) {
                        show(shown);
                    }
                });
            }
        }, "read " + resolved.getFileName());
        reader.setDaemon(true);
        reader.start();
    }

    private void show(String text) {
        if (!summary.isDisposed()) {
            summary.setText(text);
            summary.getParent().layout(true, true);
            summary.getShell().layout(true, true);
        }
    }
}

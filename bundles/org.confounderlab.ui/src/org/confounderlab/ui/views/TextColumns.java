package org.confounderlab.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.TableItem;

/** A table column whose cells are a text made from their row, as every table of the views has. */
final class TextColumns {

    private TextColumns() {
    }

    /** Adds a column titled {@code title}, {@code width} pixels wide, showing {@code text} of each row. */
    static <T> TableViewerColumn add(TableViewer viewer, String title, int width, Function<T, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            @SuppressWarnings("unchecked")
            public String getText(Object element) {
                return text.apply((T) element);
            }
        });
        return column;
    }

    /** The rows of {@code viewer}'s table as shown, cell by cell. */
    static List<List<String>> cells(TableViewer viewer) {
        List<List<String>> rows = new ArrayList<>();
        for (TableItem item : viewer.getTable().getItems()) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < viewer.getTable().getColumnCount(); c++) {
                cells.add(item.getText(c));
            }
            rows.add(cells);
        }
        return rows;
    }
}

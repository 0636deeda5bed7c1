package org.confounderlab.model.resource;

import java.nio.file.Path;
import java.util.List;

/**
 * A Confounder Lab model file could not be loaded. The message has the form
 * {@code <file>:<line>:<column>: <what>} (line/column omitted where unknown).
 */
public class ModelLoadException extends Exception {

  private static final long serialVersionUID = 1L;

  private final Path file;
  private final int line;
  private final int column;
  private final List<String> problems;

  public ModelLoadException(Path file, int line, int column, String what, List<String> problems, Throwable cause) {
    super(format(file, line, column, what), cause);
    this.file = file;
    this.line = line;
    this.column = column;
    this.problems = problems == null ? List.of() : List.copyOf(problems);
  }

  public ModelLoadException(Path file, String what) {
    this(file, -1, -1, what, List.of(), null);
  }

  static String format(Path file, int line, int column, String what) {
    StringBuilder s = new StringBuilder(String.valueOf(file));
    if (line > 0) {
      s.append(':').append(line);
      if (column > 0) {
        s.append(':').append(column);
      }
    }
    return s.append(": ").append(what).toString();
  }

  /** The file that failed to load. */
  public Path getFile() {
    return file;
  }

  /** 1-based line of the first problem, or -1 if unknown. */
  public int getLine() {
    return line;
  }

  /** 1-based column of the first problem, or -1 if unknown. */
  public int getColumn() {
    return column;
  }

  /** All problems reported while loading, each formatted as {@code <file>:<line>:<column>: <what>}. */
  public List<String> getProblems() {
    return problems;
  }
}

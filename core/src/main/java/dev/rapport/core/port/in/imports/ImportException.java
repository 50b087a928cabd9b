package dev.rapport.core.port.in.imports;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * An import failed: its input has problems, each naming file, line, column and what was expected.
 * Nothing of the import was written.
 */
public class ImportException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private static final int PROBLEMS_IN_MESSAGE = 5;

  private final transient List<ImportProblem> problems;

  /** A failure with these problems (at least one). */
  public ImportException(List<ImportProblem> problems) {
    this(problems, null);
  }

  /** A failure with these problems, caused by {@code cause} (such as an {@code IOException}). */
  public ImportException(List<ImportProblem> problems, Throwable cause) {
    super(message(problems), cause);
    this.problems = ImmutableList.copyOf(problems);
  }

  /** A failure with one problem. */
  public ImportException(ImportProblem problem, Throwable cause) {
    this(List.of(problem), cause);
  }

  /** Every problem found. */
  public List<ImportProblem> problems() {
    return problems;
  }

  private static String message(List<ImportProblem> problems) {
    if (problems.isEmpty()) {
      return "import failed";
    }
    StringBuilder text = new StringBuilder(problems.get(0).toString());
    problems.stream().skip(1).limit(PROBLEMS_IN_MESSAGE - 1).forEach(p -> text.append("\n").append(p));
    if (problems.size() > PROBLEMS_IN_MESSAGE) {
      text.append("\n").append("… and ").append(problems.size() - PROBLEMS_IN_MESSAGE)
          .append(" more problems");
    }
    return text.toString();
  }
}

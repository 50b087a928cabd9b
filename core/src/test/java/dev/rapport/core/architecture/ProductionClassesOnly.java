package dev.rapport.core.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.util.regex.Pattern;

/**
 * Imports main classes only. ArchUnit's {@code DoNotIncludeTests} knows test-class folders but
 * not a test-jar such as {@code rapport-core-…-tests.jar}, which a reactor build puts on other
 * modules' classpaths with the contract suite and the rule-breaking fixtures inside.
 */
public final class ProductionClassesOnly implements ImportOption {

  private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar.*");
  private final ImportOption notTestFolders = new DoNotIncludeTests();

  @Override
  public boolean includes(Location location) {
    return notTestFolders.includes(location) && !location.matches(TEST_JAR);
  }
}

package dev.rapport.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** A command's {@code --format json} output, parsed: SPEC §9's one array of objects (one object for import). */
final class JsonOutput {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonOutput() {}

  /** The output as the array of objects it must be. */
  static List<JsonNode> rows(String output) {
    JsonNode root = parse(output);
    assertThat(root.isArray()).as("JSON output is one array: %s", output).isTrue();
    List<JsonNode> rows = new ArrayList<>();
    root.forEach(row -> {
      assertThat(row.isObject()).as("every element is an object: %s", row).isTrue();
      rows.add(row);
    });
    return rows;
  }

  /** The output as the one object it must be (the import report). */
  static JsonNode object(String output) {
    JsonNode root = parse(output);
    assertThat(root.isObject()).as("JSON output is one object: %s", output).isTrue();
    return root;
  }

  /** The one row whose {@code field} is the text {@code value}. */
  static JsonNode rowWhere(List<JsonNode> rows, String field, String value) {
    List<JsonNode> found = rows.stream().filter(r -> r.path(field).isTextual() && r.get(field).asText().equals(value)).toList();
    assertThat(found).as("rows with %s = %s", field, value).hasSize(1);
    return found.get(0);
  }

  /** The row's field, which must be there and of the given type. */
  static JsonNode field(JsonNode row, String name, com.fasterxml.jackson.databind.node.JsonNodeType type) {
    assertThat(row.has(name)).as("field %s in %s", name, row).isTrue();
    assertThat(row.get(name).getNodeType()).as("type of %s in %s", name, row).isEqualTo(type);
    return row.get(name);
  }

  private static JsonNode parse(String output) {
    try {
      return MAPPER.readTree(output);
    } catch (JsonProcessingException e) {
      throw new AssertionError("not JSON: " + output, e);
    }
  }
}

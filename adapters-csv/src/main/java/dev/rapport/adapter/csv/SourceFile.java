package dev.rapport.adapter.csv;

/** One file of an import, by the name problems are reported under, with its bytes. */
record SourceFile(String name, byte[] bytes) {

  /** The file name without folders, in lower case, to recognise {@code Connections.csv} and the like. */
  String baseName() {
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return name.substring(slash + 1).toLowerCase(java.util.Locale.ROOT);
  }
}

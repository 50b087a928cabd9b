package dev.rapport.shell;

import java.lang.reflect.Constructor;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/** Creates the shell's commands, handing each the session they share. */
final class CommandFactory implements IFactory {

  private final Session session;

  CommandFactory(Session session) {
    this.session = session;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      Class<?>[] parameters = constructor.getParameterTypes();
      if (parameters.length == 1 && parameters[0] == Session.class) {
        constructor.setAccessible(true);
        return type.cast(constructor.newInstance(session));
      }
      if (parameters.length == 1 && parameters[0] == GlobalOptions.class) {
        constructor.setAccessible(true);
        return type.cast(constructor.newInstance(session.options()));
      }
    }
    return CommandLine.defaultFactory().create(type);
  }
}

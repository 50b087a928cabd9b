package dev.rapport.build.mapstruct;

import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeKind;
import org.mapstruct.ap.spi.ImmutablesAccessorNamingStrategy;

/**
 * Lets MapStruct read Immutables value types, whose accessors are fluent ({@code name()}, not
 * {@code getName()}): MapStruct 1.6 sees no getters on them (mapstruct#1601), so mapping from a
 * domain value found no properties. Writing into Immutables builders is left to the built-in
 * strategy this one extends.
 */
public class FluentImmutablesAccessorNamingStrategy extends ImmutablesAccessorNamingStrategy {

  private static final String VALUE_IMMUTABLE = "org.immutables.value.Value.Immutable";
  private static final Set<String> NOT_PROPERTIES = Set.of("toString", "hashCode", "getClass", "clone", "builder");

  @Override
  public boolean isGetterMethod(ExecutableElement method) {
    return super.isGetterMethod(method) || isFluentGetter(method);
  }

  @Override
  public String getPropertyName(ExecutableElement method) {
    return isFluentGetter(method) && !super.isGetterMethod(method)
        ? method.getSimpleName().toString()
        : super.getPropertyName(method);
  }

  private static boolean isFluentGetter(ExecutableElement method) {
    return method.getParameters().isEmpty()
        && method.getReturnType().getKind() != TypeKind.VOID
        && method.getModifiers().contains(Modifier.PUBLIC)
        && !method.getModifiers().contains(Modifier.STATIC)
        && !NOT_PROPERTIES.contains(method.getSimpleName().toString())
        && isImmutablesValueType(method.getEnclosingElement());
  }

  private static boolean isImmutablesValueType(Element type) {
    for (AnnotationMirror annotation : type.getAnnotationMirrors()) {
      if (annotation.getAnnotationType().toString().equals(VALUE_IMMUTABLE)) {
        return true;
      }
    }
    return false;
  }
}

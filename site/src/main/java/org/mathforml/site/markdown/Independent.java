package org.mathforml.site.markdown;

import com.vladsch.flexmark.util.dependency.Dependent;
import java.util.Set;

/** For our flexmark factories: none depends on the order of any other. */
public interface Independent extends Dependent {
  @Override
  default Set<Class<?>> getAfterDependents() {
    return null;
  }

  @Override
  default Set<Class<?>> getBeforeDependents() {
    return null;
  }

  @Override
  default boolean affectsGlobalScope() {
    return false;
  }
}

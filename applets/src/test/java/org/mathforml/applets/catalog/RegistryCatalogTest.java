package org.mathforml.applets.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mathforml.applets.Registry;

/** The browser registry (all its groups) and the catalog must list the same applets. */
class RegistryCatalogTest {

  @Test
  void registryAndCatalogAgree() {
    List<String> catalog = new ArrayList<>(AppletCatalog.names());
    List<String> registry = new ArrayList<>(Registry.all().names());
    Collections.sort(catalog);
    Collections.sort(registry);
    assertEquals(catalog, registry);
  }
}

package org.mathforml.applets.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.mathforml.applets.Registry;

/** The browser registry and the catalog must list the same applets, in the same order. */
class RegistryCatalogTest {

  @Test
  void registryAndCatalogAgree() {
    assertEquals(AppletCatalog.names(), Registry.names());
  }
}

package org.mathforml.site.browser;

import com.microsoft.playwright.Browser;
import java.util.Locale;

/**
 * The two screens every reader test looks at: a laptop and a phone.
 *
 * <p>The phone is an iPhone-12/13/14-sized viewport (390 x 844 CSS pixels at device scale factor 2)
 * with touch and the mobile meta-viewport behaviour switched on, so that layout bugs that only
 * appear on narrow touch screens show up in tests and screenshots.
 */
public enum Device {
  /** 1280 x 800, scale 1, mouse. */
  DESKTOP(1280, 800, 1.0, false),
  /** 390 x 844, scale 2, touch, {@code isMobile}. */
  PHONE(390, 844, 2.0, true);

  private final int width;
  private final int height;
  private final double deviceScaleFactor;
  private final boolean mobile;

  Device(int width, int height, double deviceScaleFactor, boolean mobile) {
    this.width = width;
    this.height = height;
    this.deviceScaleFactor = deviceScaleFactor;
    this.mobile = mobile;
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  /** Applies this device's viewport, scale, mobile and touch settings to context options. */
  Browser.NewContextOptions applyTo(Browser.NewContextOptions options) {
    return options
        .setViewportSize(width, height)
        .setDeviceScaleFactor(deviceScaleFactor)
        .setIsMobile(mobile)
        .setHasTouch(mobile);
  }

  /** Lower-case name used in screenshot file names, e.g. {@code phone}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}

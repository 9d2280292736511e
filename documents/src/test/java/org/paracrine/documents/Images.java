package org.paracrine.documents;

import java.awt.image.BufferedImage;

/** Pixel statistics for rendering tests. */
final class Images {
  private Images() {}

  /** The fraction of pixels that are clearly not white. */
  static double inkFraction(BufferedImage image) {
    long ink = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        if (r + g + b < 600) {
          ink++;
        }
      }
    }
    return (double) ink / ((long) image.getWidth() * image.getHeight());
  }
}

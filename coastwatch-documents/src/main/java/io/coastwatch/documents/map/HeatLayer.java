package io.coastwatch.documents.map;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Function;
import org.locationtech.jts.geom.Coordinate;

/**
 * The density of positions as a translucent image: positions counted per pixel, smoothed by a
 * separable Gaussian blur, and coloured from transparent yellow (few) to opaque red (the densest).
 * Cost: one pass over the positions and two over the pixels times the kernel's width.
 */
final class HeatLayer {
    private final int width;
    private final int height;
    private final float[] kernel;

    HeatLayer(int width, int height, double sigmaPixels) {
        this.width = width;
        this.height = height;
        int radius = (int) Math.ceil(3 * sigmaPixels);
        this.kernel = new float[2 * radius + 1];
        for (int i = -radius; i <= radius; i++) {
            kernel[i + radius] = (float) Math.exp(-(i * i) / (2 * sigmaPixels * sigmaPixels));
        }
    }

    BufferedImage draw(List<Coordinate> positions, Function<Coordinate, Point2D> pixel) {
        float[] counts = new float[width * height];
        for (Coordinate position : positions) {
            Point2D at = pixel.apply(position);
            int x = (int) at.getX();
            int y = (int) at.getY();
            if (x >= 0 && x < width && y >= 0 && y < height) {
                counts[y * width + x]++;
            }
        }
        float[] density = blur(blur(counts, 1, width, width, height), width, 1, height, width);
        float max = 0;
        for (float value : density) {
            max = Math.max(max, value);
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        if (max == 0) {
            return image;
        }
        for (int i = 0; i < density.length; i++) {
            float share = density[i] / max;
            if (share > 0.02f) {
                int alpha = (int) (60 + 170 * share);
                int green = (int) (220 * (1 - share));
                image.setRGB(i % width, i / width, alpha << 24 | 0xFF << 16 | green << 8 | 0x20);
            }
        }
        return image;
    }

    /**
     * Blurs along one direction: {@code step} between neighbours, {@code lineStep} between lines,
     * {@code length} values per line, {@code lines} lines.
     */
    private float[] blur(float[] values, int step, int lineStep, int length, int lines) {
        float[] out = new float[values.length];
        int radius = kernel.length / 2;
        for (int line = 0; line < lines; line++) {
            int base = line * lineStep;
            for (int i = 0; i < length; i++) {
                float value = values[base + i * step];
                if (value == 0) {
                    continue;
                }
                for (int k = Math.max(-radius, -i); k <= Math.min(radius, length - 1 - i); k++) {
                    out[base + (i + k) * step] += value * kernel[k + radius];
                }
            }
        }
        return out;
    }
}

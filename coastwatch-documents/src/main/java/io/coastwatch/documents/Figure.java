package io.coastwatch.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import javax.imageio.ImageIO;

/**
 * A picture in the body (a chart, a map), a PNG set at a width on the page with a caption below it.
 * Its height follows from the image's proportions. Immutable: the bytes are copied in and out.
 */
public final class Figure implements Block {
    private final byte[] png;
    private final String caption;
    private final double widthMm;
    private final int widthPixels;
    private final int heightPixels;

    /**
     * @param png     the image, PNG
     * @param caption the caption below; empty for none
     * @param widthMm its width on the page, millimetres (&gt; 0; at most the text width is used)
     * @throws IllegalArgumentException when the bytes are not an image
     */
    public Figure(byte[] png, String caption, double widthMm) {
        this.png = png.clone();
        this.caption = Nfc.of(caption);
        if (!(widthMm > 0)) {
            throw new IllegalArgumentException("figure width must be > 0 mm: " + widthMm);
        }
        this.widthMm = widthMm;
        BufferedImage image = decode(this.png);
        this.widthPixels = image.getWidth();
        this.heightPixels = image.getHeight();
    }

    private static BufferedImage decode(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                throw new IllegalArgumentException("the figure is not a PNG image");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the figure's image", e);
        }
    }

    public byte[] png() {
        return png.clone();
    }

    public String caption() {
        return caption;
    }

    /** The width on the page, at most {@code maxWidthMm}. */
    public double widthMm(double maxWidthMm) {
        return Math.min(widthMm, maxWidthMm);
    }

    /** The height on the page for the width {@link #widthMm(double)} gives. */
    public double heightMm(double maxWidthMm) {
        return widthMm(maxWidthMm) * heightPixels / widthPixels;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Figure that && Arrays.equals(png, that.png) && caption.equals(that.caption)
                && widthMm == that.widthMm;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(png) * 31 + caption.hashCode();
    }

    @Override
    public String toString() {
        return "Figure[" + widthPixels + "x" + heightPixels + " px, " + widthMm + " mm, " + caption + "]";
    }
}

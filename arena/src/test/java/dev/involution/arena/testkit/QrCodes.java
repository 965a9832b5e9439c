package dev.involution.arena.testkit;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/** Reads QR codes from images (a browser's screenshot of a page's code) with ZXing, as a phone's camera would. */
public final class QrCodes {

    private QrCodes() {
    }

    /** The text of the QR code in this PNG; fails when there is none or it cannot be read. */
    public static String decodePng(byte[] png) {
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        try {
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (NotFoundException | ChecksumException | FormatException e) {
            // A code drawn at about 4 pixels a module (a 10rem code in a screenshot) can defeat the
            // finder-pattern search for some contents; a screenshot of the code alone is a pure
            // barcode, which ZXing can read module by module.
            try {
                return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
            } catch (NotFoundException | ChecksumException | FormatException pure) {
                e.addSuppressed(pure);
            }
            throw new AssertionError("no readable QR code in the image (" + image.getWidth() + "x" + image.getHeight()
                    + "): " + e, e);
        }
    }
}

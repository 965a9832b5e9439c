package dev.involution.arena.join;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A QR code of a join address, as rows of modules ({@code '1'} dark, {@code '0'} light) for the
 * page to draw, with the quiet zone of 4 modules around it that readers need. Encoded by ZXing
 * with error correction level M (15% of the code may be unreadable).
 */
public final class JoinQr {
    private static final int QUIET_ZONE = 4;

    private JoinQr() {
    }

    /** The rows of the code of {@code text}, quiet zone included; a square. */
    public static List<String> modules(String text) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.MARGIN, QUIET_ZONE, EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code of " + text.length() + " characters", e);
        }
        List<String> rows = new ArrayList<>(matrix.getHeight());
        StringBuilder row = new StringBuilder(matrix.getWidth());
        for (int y = 0; y < matrix.getHeight(); y++) {
            row.setLength(0);
            for (int x = 0; x < matrix.getWidth(); x++) {
                row.append(matrix.get(x, y) ? '1' : '0');
            }
            rows.add(row.toString());
        }
        return rows;
    }
}

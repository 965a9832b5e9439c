package dev.involution.arena.join;

import static org.assertj.core.api.Assertions.assertThat;

import dev.involution.arena.testkit.QrCodes;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class JoinQrTest {

    @Test
    void theModulesDrawnAsPixelsReadBackAsTheAddress() throws IOException {
        String url = "http://192.168.1.20:8080/#/join/K7PM2Q";
        List<String> rows = JoinQr.modules(url);
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(rows.size()).matches("[01]+"));
        assertThat(rows.get(0)).as("the quiet zone").doesNotContain("1");
        assertThat(QrCodes.decodePng(png(rows, 6))).isEqualTo(url);
    }

    @Test
    void aLongerAddressMakesALargerCode() {
        assertThat(JoinQr.modules("https://arena.example.org/#/join/K7PM2Q" + "x".repeat(80)).size())
                .isGreaterThan(JoinQr.modules("http://10.0.0.2:8080/#/join/K7PM2Q").size());
    }

    private static byte[] png(List<String> rows, int scale) throws IOException {
        int size = rows.size() * scale;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                image.setRGB(x, y, rows.get(y / scale).charAt(x / scale) == '1' ? 0x000000 : 0xffffff);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}

package org.attune.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodeTest {

    @Test
    void theEnrolmentQrCodeReadsAsTheOtpauthAddressAnAppTakes() throws Exception {
        var address = SecondFactors.address("ana@clinic.org", Base32.encode(Totp.newSecret()));
        var uri = QrCode.pngDataUri(address);
        assertThat(uri).startsWith("data:image/png;base64,");

        var png = Base64.getDecoder().decode(uri.substring("data:image/png;base64,".length()));
        var image = ImageIO.read(new ByteArrayInputStream(png));
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        assertThat(new QRCodeReader().decode(bitmap).getText())
                .isEqualTo(address)
                .startsWith("otpauth://totp/Attune:ana%40clinic.org?secret=")
                .endsWith("&issuer=Attune");
    }
}

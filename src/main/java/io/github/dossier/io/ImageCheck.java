package io.github.dossier.io;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Checks that an image file is whole before a report embeds it: a screenshot cut short by a
 * failed copy, or damaged on the way, would otherwise build "successfully" into a broken figure,
 * or fail inside the PDF or Word library with a message that names no file. The structure is
 * walked without decoding the pixels (fast enough for thousands of evidence files): every PNG
 * chunk with its checksum up to {@code IEND}, the JPEG markers up to the end-of-image marker,
 * the GIF blocks up to the trailer, the WebP container's length; an SVG must be well-formed XML
 * (read without DTDs or entities) with an {@code svg} root. Damage inside compressed JPEG data is
 * not seen.
 */
public final class ImageCheck {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private ImageCheck() {
    }

    /**
     * What is wrong with the image, in words for a message ("it ends before its IEND chunk"), or
     * empty when it is whole.
     *
     * @param extension the file's extension, which says what the file must be
     */
    public static Optional<String> problem(byte[] bytes, String extension) {
        try {
            return switch (extension.toLowerCase(Locale.ROOT)) {
                case "png" -> png(ByteBuffer.wrap(bytes));
                case "jpg", "jpeg" -> jpeg(ByteBuffer.wrap(bytes));
                case "gif" -> gif(ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN));
                case "webp" -> webp(ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN));
                case "svg" -> svg(bytes);
                default -> Optional.of("it is not a PNG, JPEG, GIF, SVG or WebP image");
            };
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
            return Optional.of("it ends in the middle of its data (cut short?)");
        }
    }

    /**
     * Width and height in pixels from the image's header (PNG, JPEG, GIF), without decoding it;
     * empty for SVG, WebP and what the JDK cannot read.
     */
    public static Optional<int[]> size(InputStream in) {
        try (ImageInputStream images = ImageIO.createImageInputStream(in)) {
            Iterator<ImageReader> readers = images == null ? null : ImageIO.getImageReaders(images);
            if (readers == null || !readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(images, true, true);
                return Optional.of(new int[] {reader.getWidth(0), reader.getHeight(0)});
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // the structure check reports what is wrong
        }
    }

    private static Optional<String> png(ByteBuffer in) {
        for (byte b : PNG) {
            if (!in.hasRemaining() || in.get() != b) {
                return Optional.of("it is not a PNG image" + actually(in.array()));
            }
        }
        boolean data = false;
        for (int chunk = 0; ; chunk++) {
            if (in.remaining() < 12) {
                return Optional.of("it ends before its IEND chunk (cut short?)");
            }
            int start = in.position();
            long length = Integer.toUnsignedLong(in.getInt());
            String type = new String(in.array(), start + 4, 4, ISO_8859_1);
            if (length > in.remaining() - 8) {
                return Optional.of("its " + type + " chunk at byte " + start + " runs past the end of the file (cut"
                        + " short?)");
            }
            CRC32 crc = new CRC32();
            crc.update(in.array(), start + 4, (int) length + 4);
            in.position(start + 8 + (int) length);
            if ((int) crc.getValue() != in.getInt()) {
                return Optional.of("its " + type + " chunk at byte " + start + " fails its checksum");
            }
            if (chunk == 0 && !type.equals("IHDR")) {
                return Optional.of("it does not start with an IHDR chunk");
            }
            data |= type.equals("IDAT");
            if (type.equals("IEND")) {
                return data ? Optional.empty() : Optional.of("it has no image data (IDAT)");
            }
        }
    }

    private static Optional<String> jpeg(ByteBuffer in) {
        if (in.remaining() < 3 || (in.get() & 0xFF) != 0xFF || (in.get() & 0xFF) != 0xD8) {
            return Optional.of("it is not a JPEG image" + actually(in.array()));
        }
        boolean frame = false;
        while (true) {
            if (!in.hasRemaining()) {
                return Optional.of("it ends before its end-of-image marker (cut short?)");
            }
            if ((in.get() & 0xFF) != 0xFF) {
                return Optional.of("its structure is broken at byte " + (in.position() - 1));
            }
            int marker = in.get() & 0xFF;
            while (marker == 0xFF) {
                marker = in.get() & 0xFF;
            }
            if (marker == 0xD9) {
                return frame ? Optional.empty() : Optional.of("it has no frame header (SOF)");
            }
            if (marker >= 0xD0 && marker <= 0xD7 || marker == 0x01) {
                continue;
            }
            int length = in.getShort() & 0xFFFF;
            if (length < 2 || length - 2 > in.remaining()) {
                return Optional.of("a segment at byte " + (in.position() - 4) + " runs past the end of the file (cut"
                        + " short?)");
            }
            frame |= marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            in.position(in.position() + length - 2);
            if (marker == 0xDA) {
                skipScan(in);
            }
        }
    }

    /** Past the compressed data of a scan, to the next marker that is not a restart or a stuffed byte. */
    private static void skipScan(ByteBuffer in) {
        while (in.remaining() >= 2) {
            if ((in.get(in.position()) & 0xFF) == 0xFF) {
                int next = in.get(in.position() + 1) & 0xFF;
                if (next != 0x00 && next != 0xFF && (next < 0xD0 || next > 0xD7)) {
                    return;
                }
            }
            in.position(in.position() + 1);
        }
        in.position(in.limit());
    }

    private static Optional<String> gif(ByteBuffer in) {
        byte[] head = new byte[6];
        if (in.remaining() < 13 || !new String(head(in, head), ISO_8859_1)
                .matches("GIF8[79]a")) {
            return Optional.of("it is not a GIF image" + actually(in.array()));
        }
        in.position(10);
        int flags = in.get() & 0xFF;
        in.position(13 + ((flags & 0x80) != 0 ? 3 << ((flags & 7) + 1) : 0));
        boolean image = false;
        while (true) {
            int block = in.get() & 0xFF;
            if (block == 0x3B) {
                return image ? Optional.empty() : Optional.of("it holds no image");
            } else if (block == 0x21) {
                in.get();
                skipSubBlocks(in);
            } else if (block == 0x2C) {
                in.position(in.position() + 8);
                int local = in.get() & 0xFF;
                in.position(in.position() + ((local & 0x80) != 0 ? 3 << ((local & 7) + 1) : 0) + 1);
                skipSubBlocks(in);
                image = true;
            } else {
                return Optional.of("its structure is broken at byte " + (in.position() - 1));
            }
        }
    }

    private static byte[] head(ByteBuffer in, byte[] head) {
        in.get(head);
        return head;
    }

    private static void skipSubBlocks(ByteBuffer in) {
        for (int size = in.get() & 0xFF; size != 0; size = in.get() & 0xFF) {
            in.position(in.position() + size);
        }
    }

    private static Optional<String> webp(ByteBuffer in) {
        byte[] bytes = in.array();
        if (bytes.length < 12 || !new String(bytes, 0, 4, ISO_8859_1).equals("RIFF")
                || !new String(bytes, 8, 4, ISO_8859_1).equals("WEBP")) {
            return Optional.of("it is not a WebP image" + actually(bytes));
        }
        long declared = Integer.toUnsignedLong(in.getInt(4)) + 8;
        return declared > bytes.length ? Optional.of("it is " + bytes.length + " bytes long but says " + declared
                + " (cut short?)") : Optional.empty();
    }

    private static Optional<String> svg(byte[] bytes) {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            String[] root = new String[1];
            factory.newSAXParser().parse(new ByteArrayInputStream(bytes), new DefaultHandler() {
                @Override
                public void startElement(String uri, String local, String name, Attributes attributes) {
                    if (root[0] == null) {
                        root[0] = local;
                    }
                }
            });
            return "svg".equals(root[0]) ? Optional.empty()
                    : Optional.of("its root element is <" + root[0] + ">, not <svg>");
        } catch (SAXParseException e) {
            return Optional.of("it is not well-formed XML: " + e.getMessage() + " (line " + e.getLineNumber() + ")");
        } catch (SAXException | IOException | ParserConfigurationException e) {
            return Optional.of("it cannot be read as SVG: " + e.getMessage());
        }
    }

    /** ", but a JPEG one", when the first bytes say what the file is instead. */
    private static String actually(byte[] bytes) {
        if (bytes.length >= 8 && Arrays.equals(bytes, 0, 8, PNG, 0, 8)) {
            return ", but a PNG one";
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8) {
            return ", but a JPEG one";
        }
        if (bytes.length >= 4 && bytes[0] == 'G' && bytes[1] == 'I' && bytes[2] == 'F' && bytes[3] == '8') {
            return ", but a GIF one";
        }
        return "";
    }
}

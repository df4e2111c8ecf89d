package org.byterun.loader;

/** Reads the 6-bit-chunk varints used by CPython's exception and location tables. */
final class VarintReader {
    private final byte[] data;
    int pos;

    VarintReader(byte[] data) {
        this.data = data;
    }

    boolean hasMore() {
        return pos < data.length;
    }

    int peek() {
        return data[pos] & 0xFF;
    }

    int readByte() {
        if (pos >= data.length) {
            throw new IllegalArgumentException("table ends in the middle of an entry");
        }
        return data[pos++] & 0xFF;
    }

    /** Unsigned varint: little-endian 6-bit chunks, 0x40 = more follow. */
    int readVarint() {
        int b = readByte();
        int value = b & 63;
        int shift = 0;
        while ((b & 64) != 0) {
            b = readByte();
            shift += 6;
            value |= (b & 63) << shift;
        }
        return value;
    }

    /** Signed varint: the low bit is the sign. */
    int readSignedVarint() {
        int v = readVarint();
        return (v & 1) != 0 ? -(v >>> 1) : (v >>> 1);
    }

    /** The exception table's big-endian varint variant: 6-bit chunks, most significant first, 0x40 = more. */
    int readBigEndianVarint() {
        int b = readByte();
        int value = b & 63;
        while ((b & 64) != 0) {
            b = readByte();
            value = (value << 6) | (b & 63);
        }
        return value;
    }
}

package org.byterun.loader;

import java.util.Arrays;

/**
 * A code object's location table (CPython 3.11+ format, see Objects/locations.md), decoded at load
 * time into one entry per code unit. Missing values are -1.
 */
public final class LineTable {
    private final int[] startLines;
    private final int[] endLines;
    private final int[] startCols;
    private final int[] endCols;

    private LineTable(int[] startLines, int[] endLines, int[] startCols, int[] endCols) {
        this.startLines = startLines;
        this.endLines = endLines;
        this.startCols = startCols;
        this.endCols = endCols;
    }

    public static LineTable decode(byte[] raw, int firstLine, int codeUnits) {
        int[] sl = new int[codeUnits];
        int[] el = new int[codeUnits];
        int[] sc = new int[codeUnits];
        int[] ec = new int[codeUnits];
        Arrays.fill(sl, -1);
        Arrays.fill(el, -1);
        Arrays.fill(sc, -1);
        Arrays.fill(ec, -1);
        VarintReader r = new VarintReader(raw);
        int line = firstLine;
        int unit = 0;
        while (r.hasMore()) {
            int first = r.readByte();
            if ((first & 0x80) == 0) {
                throw new IllegalArgumentException("location table entry does not start with the start bit");
            }
            int code = (first >> 3) & 15;
            int length = (first & 7) + 1;
            int startLine = -1;
            int endLine = -1;
            int startCol = -1;
            int endCol = -1;
            if (code == 15) {
                // no location
            } else if (code == 14) {
                line += r.readSignedVarint();
                startLine = line;
                endLine = line + r.readVarint();
                startCol = r.readVarint() - 1;
                endCol = r.readVarint() - 1;
            } else if (code == 13) {
                line += r.readSignedVarint();
                startLine = line;
                endLine = line;
            } else if (code >= 10) {
                line += code - 10;
                startLine = line;
                endLine = line;
                startCol = r.readByte();
                endCol = r.readByte();
            } else {
                startLine = line;
                endLine = line;
                int second = r.readByte();
                startCol = code * 8 + ((second >> 4) & 7);
                endCol = startCol + (second & 15);
            }
            for (int i = 0; i < length && unit < codeUnits; i++, unit++) {
                sl[unit] = startLine;
                el[unit] = endLine;
                sc[unit] = startCol;
                ec[unit] = endCol;
            }
        }
        return new LineTable(sl, el, sc, ec);
    }

    /** The source line of code unit {@code unit}, or -1 if it has none. */
    public int lineAt(int unit) {
        return unit >= 0 && unit < startLines.length ? startLines[unit] : -1;
    }

    public int endLineAt(int unit) {
        return unit >= 0 && unit < endLines.length ? endLines[unit] : -1;
    }

    public int startColumnAt(int unit) {
        return unit >= 0 && unit < startCols.length ? startCols[unit] : -1;
    }

    public int endColumnAt(int unit) {
        return unit >= 0 && unit < endCols.length ? endCols[unit] : -1;
    }
}

package org.byterun.test.loader;

import org.byterun.test.CPython;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.byterun.loader.CodeObject;
import org.byterun.loader.ExceptionTable;
import org.byterun.loader.LineTable;
import org.byterun.loader.Marshal;
import org.junit.jupiter.api.Test;

/**
 * The decoded exception and location tables against CPython's own readers of them
 * (dis._parse_exception_table, co_positions, co_lines), for functions written to use every entry
 * kind. CPython reports byte offsets; the tables count code units (two bytes).
 */
class PycTablesTest {
    @Test
    void tablesMatchCPython() {
        check(CPython.runScript("loader/tables.py"));
    }

    /** Without column information CPython writes the "no column" location entries. */
    @Test
    void tablesWithoutColumnsMatchCPython() {
        check(CPython.runScript(List.of("-X", "no_debug_ranges"), "loader/tables.py"));
    }

    private static void check(String oracle) {
        List<String> lines = oracle.lines().toList();
        CodeObject module = Marshal.loadCode(HexFormat.of().parseHex(lines.get(0).substring("MARSHAL ".length())), 0, "tables_test");
        List<String> expected = lines.subList(1, lines.size());
        List<String> actual = new ArrayList<>();
        walk(module, actual);
        assertTrue(expected.stream().anyMatch(l -> l.startsWith("EXC ")), "no exception table entries to compare");
        assertEquals(String.join("\n", expected), String.join("\n", actual));
    }

    /** Code objects depth first, consts in order, as tables.py walks them. */
    private static void walk(CodeObject code, List<String> out) {
        out.add("CODE " + code.qualname);
        ExceptionTable handlers = code.exceptionTable;
        for (int i = 0; i < handlers.size(); i++) {
            out.add("EXC " + 2 * handlers.start(i) + " " + 2 * handlers.end(i) + " " + 2 * handlers.target(i) + " " +
                            handlers.depth(i) + " " + (handlers.pushLasti(i) ? 1 : 0));
        }
        LineTable lines = code.lineTable;
        for (int unit = 0; unit < code.codeUnits(); unit++) {
            out.add("POS " + lines.lineAt(unit) + " " + lines.endLineAt(unit) + " " + lines.startColumnAt(unit) + " " +
                            lines.endColumnAt(unit));
        }
        // co_lines(): runs of code units with the same line
        for (int start = 0; start < code.codeUnits(); ) {
            int end = start + 1;
            while (end < code.codeUnits() && lines.lineAt(end) == lines.lineAt(start)) {
                end++;
            }
            out.add("LINES " + 2 * start + " " + 2 * end + " " + lines.lineAt(start));
            start = end;
        }
        for (Object c : code.consts) {
            if (c instanceof CodeObject inner) {
                walk(inner, out);
            }
        }
    }
}

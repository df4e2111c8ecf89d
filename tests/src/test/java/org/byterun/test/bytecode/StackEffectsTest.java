package org.byterun.test.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.byterun.bytecode.Opcodes;
import org.byterun.bytecode.StackEffects;
import org.byterun.test.CPython;
import org.junit.jupiter.api.Test;

/** Our stack-effect and opcode tables against CPython 3.13's dis module, for every opcode. */
class StackEffectsTest {
    private static final String SCRIPT = String.join("\n",
                    "import dis",
                    "for name, op in sorted(dis.opmap.items(), key=lambda x: x[1]):",
                    "    if op >= 256 or name.startswith('INSTRUMENTED') or name in ('CACHE', 'RESERVED', 'ENTER_EXECUTOR'):",
                    "        continue",
                    "    for arg in (0, 1, 2, 3, 7, 0x102, 0x305):",
                    "        if op < dis.HAVE_ARGUMENT and arg:",
                    "            continue",
                    "        print(name, op, arg, dis.stack_effect(op, arg if op >= dis.HAVE_ARGUMENT else None, jump=False),",
                    "              dis._inline_cache_entries.get(name, 0))");

    @Test
    void everyOpcodeMatchesCPython() {
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (String line : CPython.exec(SCRIPT).lines().toList()) {
            String[] f = line.split(" ");
            int op = Integer.parseInt(f[1]);
            int arg = Integer.parseInt(f[2]);
            int expected = Integer.parseInt(f[3]);
            int caches = Integer.parseInt(f[4]);
            checked++;
            if (!Opcodes.name(op).equals(f[0])) {
                mismatches.add(f[0] + ": our name is " + Opcodes.name(op));
            }
            if (StackEffects.fallThrough(op, arg) != expected) {
                mismatches.add(f[0] + " arg " + arg + ": ours " + StackEffects.fallThrough(op, arg) + ", CPython " + expected);
            }
            if (Opcodes.cacheEntries(op) != caches) {
                mismatches.add(f[0] + ": " + Opcodes.cacheEntries(op) + " cache entries, CPython " + caches);
            }
        }
        assertTrue(checked > 300, "too few cases: " + checked);
        assertEquals(List.of(), mismatches);
    }
}

package org.byterun.launcher;
import org.graalvm.polyglot.*;
public final class ByteRunMain {
    public static void main(String[] args) {
        try (Context c = Context.newBuilder("byterun").allowExperimentalOptions(true).option("engine.TraceCompilation","true").option("engine.BackgroundCompilation","false").build()) {
            Value v = null;
            for (int i = 0; i < 2000; i++) v = c.eval(Source.create("byterun", "x" + (i%1)));
            System.out.println(v);
        }
    }
}

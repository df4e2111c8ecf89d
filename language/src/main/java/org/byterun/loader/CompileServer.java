package org.byterun.loader;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The CPython 3.13 process that compiles for this JVM: started on first use, then sent one request
 * at a time over its stdin and answering on its stdout (the protocol is described in
 * compile_server.py). If it dies it is restarted once; it is destroyed when the JVM exits, and it
 * exits by itself when the pipe closes. Its stderr is the JVM's, so CPython's SyntaxWarnings reach
 * the user as they would under python3.13.
 */
final class CompileServer {
    private static final String PROTOCOL = "byterun-compile-server/2";
    private static final AtomicInteger STARTS = new AtomicInteger();
    private static final AtomicLong COMPILES = new AtomicLong();
    private static String script;

    private final Path python;
    /** Volatile so that the shutdown hook can destroy it without the lock a compiling thread may hold. */
    private volatile Process process;
    private DataOutputStream requests;
    private DataInputStream replies;

    CompileServer(Path python) {
        this.python = python;
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "byterun-compile-server-stop"));
    }

    static int starts() {
        return STARTS.get();
    }

    static long compiles() {
        return COMPILES.get();
    }

    /** The code object's marshal bytes and warnings; throws FrontendSyntaxError if CPython rejects the source. */
    synchronized Compiled compile(String source, String filename, String mode, int flags, boolean dontInherit, int optimize) {
        for (int attempt = 1;; attempt++) {
            if (process == null) {
                start(filename);
            }
            try {
                send(source, filename, mode, flags, dontInherit, optimize);
                return receive();
            } catch (IOException e) {
                stop();
                if (attempt == 2) {
                    throw new FrontendUnavailableException(filename, "the CPython compile server " + python + " keeps exiting", e);
                }
            }
        }
    }

    private void start(String filename) {
        Process p;
        try {
            // -I: ignore PYTHON* variables and user site; -S: no site module; -B: write no .pyc files.
            p = new ProcessBuilder(python.toString(), "-I", "-S", "-B", "-c", script())
                            .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            throw new FrontendUnavailableException(filename, "cannot run " + python + " (" + FrontendUnavailableException.HINT + ")", e);
        }
        STARTS.incrementAndGet();
        process = p;
        requests = new DataOutputStream(new BufferedOutputStream(p.getOutputStream()));
        replies = new DataInputStream(new BufferedInputStream(p.getInputStream()));
        String problem = checkHello();
        if (problem != null) {
            stop();
            throw new FrontendUnavailableException(filename, problem + " (" + FrontendUnavailableException.HINT + ")");
        }
    }

    /** Null if the server's first message says it is CPython 3.13, else what is wrong. */
    private String checkHello() {
        String[] hello;
        try {
            int length = replies.readInt();
            if (length < 0 || length > 256) {
                throw new IOException("not a compile server");
            }
            byte[] bytes = new byte[length];
            replies.readFully(bytes);
            hello = new String(bytes, StandardCharsets.UTF_8).split(" ");
        } catch (IOException e) {
            return python + " did not start as a CPython 3.13 compile server";
        }
        if (hello.length != 3 || !hello[0].equals(PROTOCOL)) {
            return python + " did not start as a CPython 3.13 compile server";
        }
        if (!hello[1].equals("cpython") || !hello[2].startsWith("3.13.")) {
            return python + " is " + hello[1] + " " + hello[2] + ", not CPython 3.13";
        }
        return null;
    }

    private void send(String source, String filename, String mode, int flags, boolean dontInherit, int optimize) throws IOException {
        writeString(source);
        writeString(filename);
        writeString(mode);
        requests.writeInt(flags);
        requests.writeByte(dontInherit ? 1 : 0);
        requests.writeInt(optimize);
        requests.flush();
    }

    private Compiled receive() throws IOException {
        int tag = replies.readUnsignedByte();
        if (tag == 0) {
            byte[] code = new byte[replies.readInt()];
            replies.readFully(code);
            String warnings = readString();
            COMPILES.incrementAndGet();
            return new Compiled(code, warnings);
        }
        if (tag != 1) {
            throw new IOException("compile server protocol error");
        }
        String[] f = new String[9];
        for (int i = 0; i < f.length; i++) {
            f[i] = readString();
        }
        COMPILES.incrementAndGet();
        throw new FrontendSyntaxError(f[0], f[1], f[2], integer(f[3]), integer(f[4]), f[5], integer(f[6]), integer(f[7]), f[8]);
    }

    private void writeString(String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        requests.writeInt(bytes.length);
        requests.write(bytes);
    }

    private String readString() throws IOException {
        int length = replies.readInt();
        if (length < 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        replies.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static Integer integer(String s) {
        return s == null ? null : Integer.valueOf(s);
    }

    private void stop() {
        Process p = process;
        process = null;
        if (p != null) {
            p.destroy();
        }
    }

    private static synchronized String script() {
        if (script == null) {
            try (InputStream in = CompileServer.class.getResourceAsStream("compile_server.py")) {
                if (in == null) {
                    throw new IllegalStateException("compile_server.py is missing from the ByteRun jar");
                }
                script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read compile_server.py from the ByteRun jar", e);
            }
        }
        return script;
    }
}

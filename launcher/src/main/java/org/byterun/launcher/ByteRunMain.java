package org.byterun.launcher;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * The {@code byterun} command: runs a .py or .pyc file, or {@code -c CODE}, the way {@code python3}
 * does (sys.argv, exit status, tracebacks on stderr).
 */
public final class ByteRunMain {
    static final String LANGUAGE_ID = "byterun";
    static final String VERSION = "ByteRun 0.1.0 (CPython 3.13 bytecode)";

    private ByteRunMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /** Runs the command line {@code args} with the given streams and returns the exit status. */
    public static int run(String[] args, InputStream in, OutputStream out, OutputStream err) {
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        CommandLine cmd;
        try {
            cmd = CommandLine.parse(args);
        } catch (IllegalArgumentException e) {
            errStream.println("byterun: " + e.getMessage());
            errStream.println(CommandLine.USAGE_HINT);
            return 2;
        }
        if (cmd.help) {
            new PrintStream(out, true, StandardCharsets.UTF_8).print(CommandLine.USAGE);
            return 0;
        }
        if (cmd.version) {
            new PrintStream(out, true, StandardCharsets.UTF_8).println(VERSION);
            return 0;
        }
        Source source;
        try {
            source = cmd.code != null
                            ? Source.newBuilder(LANGUAGE_ID, cmd.code, "<string>").mimeType("text/x-python").build()
                            : fileSource(cmd.file);
        } catch (IOException e) {
            String path = new File(cmd.file).getAbsolutePath();
            errStream.println("byterun: can't open file '" + path + "': [Errno 2] No such file or directory");
            return 2;
        }
        Context.Builder builder = Context.newBuilder(LANGUAGE_ID)
                        .in(in).out(out).err(err)
                        .arguments(LANGUAGE_ID, cmd.argv.toArray(new String[0]))
                        .allowExperimentalOptions(true)
                        .allowAllAccess(true)
                        .option("byterun.Main", "true");
        for (Map.Entry<String, String> option : cmd.options.entrySet()) {
            builder.option(option.getKey(), option.getValue());
        }
        try (Context context = builder.build()) {
            context.eval(source);
            return 0;
        } catch (PolyglotException e) {
            if (e.isExit()) {
                return e.getExitStatus();
            }
            if (e.isGuestException() && !e.isInternalError()) {
                // The language prints tracebacks itself in main mode; this is a program that could
                // not be loaded at all (a bad .pyc, no CPython to compile a .py).
                errStream.println("byterun: " + e.getMessage());
                return 1;
            }
            errStream.println("byterun: internal error: " + e.getMessage());
            if (cmd.javaStacktraces) {
                e.printStackTrace(errStream);
            } else {
                errStream.println("(run with --java-stacktraces for the Java stack trace)");
            }
            return 1;
        } catch (IllegalArgumentException e) {
            errStream.println("byterun: " + e.getMessage());
            return 2;
        }
    }

    private static Source fileSource(String file) throws IOException {
        File f = new File(file);
        if (!f.isFile()) {
            throw new IOException("not a file: " + file);
        }
        Source.Builder b = Source.newBuilder(LANGUAGE_ID, f);
        if (file.endsWith(".pyc")) {
            b.mimeType("application/x-python-code");
        } else {
            b.mimeType("text/x-python");
        }
        return b.build();
    }

    /** The parsed command line. */
    static final class CommandLine {
        static final String USAGE_HINT = "usage: byterun [option] ... [-c cmd | file] [arg] ...";
        static final String USAGE = USAGE_HINT + "\n" +
                        "Runs CPython 3.13 bytecode on Truffle. A .py file is compiled by CPython 3.13; a .pyc runs as is.\n\n" +
                        "Options:\n" +
                        "  -c cmd                 program passed in as a string (terminates the option list)\n" +
                        "  --trace                print each bytecode instruction and the operand stack as it runs\n" +
                        "  --java-stacktraces     print Java stack traces for internal errors (debugging ByteRun)\n" +
                        "  --engine.NAME=VALUE    a Truffle engine option, e.g. --engine.TraceCompilation=true\n" +
                        "  --compiler.NAME=VALUE  a Graal compiler option\n" +
                        "  --log.NAME=VALUE       a Truffle logging option\n" +
                        "  --byterun.NAME=VALUE   a ByteRun language option\n" +
                        "  -h, --help             print this help and exit\n" +
                        "  --version              print the version and exit\n" +
                        "  file                   program read from a .py or .pyc file\n" +
                        "  arg ...                arguments passed to the program in sys.argv[1:]\n";

        String code;
        String file;
        final List<String> argv = new ArrayList<>();
        final Map<String, String> options = new LinkedHashMap<>();
        boolean help;
        boolean version;
        boolean javaStacktraces;

        static CommandLine parse(String[] args) {
            CommandLine cmd = new CommandLine();
            int i = 0;
            while (i < args.length) {
                String a = args[i];
                if (a.equals("-c")) {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("Argument expected for the -c option");
                    }
                    cmd.code = args[i + 1];
                    cmd.argv.add("-c");
                    i += 2;
                    break;
                } else if (a.equals("-h") || a.equals("--help")) {
                    cmd.help = true;
                    return cmd;
                } else if (a.equals("--version") || a.equals("-V")) {
                    cmd.version = true;
                    return cmd;
                } else if (a.equals("--trace")) {
                    cmd.options.put("byterun.Trace", "true");
                    i++;
                } else if (a.equals("--java-stacktraces")) {
                    cmd.javaStacktraces = true;
                    cmd.options.put("byterun.JavaStacktraces", "true");
                    i++;
                } else if (a.startsWith("--") && a.length() > 2) {
                    String opt = a.substring(2);
                    int eq = opt.indexOf('=');
                    String name = eq < 0 ? opt : opt.substring(0, eq);
                    String value = eq < 0 ? "true" : opt.substring(eq + 1);
                    if (!(name.startsWith("engine.") || name.startsWith("compiler.") || name.startsWith("log.") || name.startsWith("byterun."))) {
                        throw new IllegalArgumentException("unknown option " + a);
                    }
                    cmd.options.put(name, value);
                    i++;
                } else if (a.startsWith("-") && !a.equals("-")) {
                    throw new IllegalArgumentException("unknown option " + a);
                } else {
                    cmd.file = a;
                    cmd.argv.add(a);
                    i++;
                    break;
                }
            }
            if (cmd.code == null && cmd.file == null) {
                throw new IllegalArgumentException("no program given: pass a .py or .pyc file or -c CODE (the interactive prompt is not supported yet)");
            }
            while (i < args.length) {
                cmd.argv.add(args[i++]);
            }
            return cmd;
        }
    }
}

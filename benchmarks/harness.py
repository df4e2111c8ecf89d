"""The ByteRun benchmark harness (run it through benchmarks/run, which finds CPython 3.13).

    benchmarks/run [NAMES...] [--iterations N] [--timeout SECONDS] [--rounds R]
                   [--systems jit,interp,cpython] [--output FILE | --no-write]

For each benchmark (benchmarks/NAME.py; all of them by default) it runs, one after the other, the
three systems, each as a separate process with N iterations:

    ByteRun JIT          bin/byterun benchmarks/NAME.py N
    ByteRun interpreter  bin/byterun --engine.Compilation=false benchmarks/NAME.py N
    CPython 3.13         python3.13 benchmarks/NAME.py N

A benchmark prints `iter <k> <seconds>` after iteration k (k = 1..N) and then one line
`checksum <value>`, and nothing else. The harness checks that output, checks each system's checksum
against CPython's, and reports per benchmark and system: the first iteration's time, the steady-state
time (median of the last third of the iterations), both as a ratio to CPython (CPython's time / the
system's time: above 1 means faster than CPython), the process's peak resident memory (ru_maxrss from
wait4: the largest of the process and the children it waited for; bin/byterun execs the JVM, so for
ByteRun it is the JVM's) and the whole process's wall time. It also times a hello-world program per
system (best of 3) and gives the geometric mean of the steady-state ratios for the two ByteRun
systems. A crash, a timeout, output that breaks the contract or a wrong checksum marks that cell
FAILED, with the reason; the logs of a failed process are kept (the path is printed). The exit status
is 1 when any cell failed.

The table goes to stdout (progress goes to stderr). A full run (all benchmarks, at least 60
iterations) also rewrites benchmarks/RESULTS.md; --output FILE writes the report to FILE for any
run, --no-write never writes.
"""

import argparse
import datetime
import math
import os
import platform
import re
import shlex
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH_DIR)
BYTERUN = os.path.join(ROOT, "bin", "byterun")
RESULTS = os.path.join(BENCH_DIR, "RESULTS.md")
DEFAULT_ITERATIONS = 60  # the issue measures steady state after at least 60 iterations
DEFAULT_TIMEOUT = 20 * 60
HELLO_RUNS = 3


@dataclass(frozen=True)
class System:
    key: str
    label: str
    argv: tuple


def systems_for(python):
    return [
        System("jit", "ByteRun JIT", (BYTERUN,)),
        System("interp", "ByteRun interpreter", (BYTERUN, "--engine.Compilation=false")),
        System("cpython", "CPython 3.13", (python,)),
    ]


# ---- Running one process --------------------------------------------------------------------------

@dataclass
class Process:
    """What one finished (or killed) process did."""
    argv: list
    status: int | None  # exit code, negative for a signal, None when the harness killed it (timeout)
    stdout: str
    stderr: str
    wall: float  # seconds, spawn to reap
    maxrss_kib: int


def run_process(argv, timeout, env):
    """Runs argv in its own process group, killing the group after `timeout` seconds.

    Reaps it with os.wait4 to get its own rusage (ru_maxrss), which subprocess does not give."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=err, cwd=ROOT,
                                env=env, start_new_session=True)
        timed_out = threading.Event()

        def kill_group():
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass

        def on_timeout():
            timed_out.set()
            kill_group()

        timer = threading.Timer(timeout, on_timeout)
        timer.daemon = True
        timer.start()
        try:
            _, wait_status, usage = os.wait4(proc.pid, 0)
        except BaseException:  # e.g. Ctrl-C: do not leave a JVM running
            timer.cancel()
            kill_group()
            raise
        timer.cancel()
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(wait_status)
        kill_group()  # anything the process left behind in its group
        out.seek(0)
        err.seek(0)
        return Process(list(argv), None if timed_out.is_set() else proc.returncode,
                       out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"),
                       wall, usage.ru_maxrss)


def describe_exit(status):
    if status < 0:
        try:
            return f"killed by {signal.Signals(-status).name}"
        except ValueError:
            return f"killed by signal {-status}"
    return f"exit status {status}"


def last_line(text):
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else ""


def shorten(text, limit=160):
    return text if len(text) <= limit else text[:limit - 3] + "..."


# ---- One benchmark run ----------------------------------------------------------------------------

@dataclass
class Run:
    """One process of one benchmark on one system."""
    process: Process
    iterations: list = field(default_factory=list)
    checksum: str | None = None
    error: str | None = None  # why the run failed, or None
    notes: list = field(default_factory=list)

    @property
    def ok(self):
        return self.error is None

    @property
    def first(self):
        return self.iterations[0]

    @property
    def steady(self):
        """The median of the last third of the iterations (at least the last one)."""
        return statistics.median(self.iterations[-max(1, len(self.iterations) // 3):])


ITER_LINE = re.compile(r"iter (\d+) (\S+)")
CHECKSUM_LINE = re.compile(r"checksum (.+)")


def check_contract(run, n):
    """Parses the output: `iter k seconds` for k = 1..n, then `checksum value`, nothing else."""
    lines = run.process.stdout.splitlines()
    for number, line in enumerate(lines, 1):
        line = line.rstrip()
        m = ITER_LINE.fullmatch(line)
        if m and run.checksum is None:
            k = int(m.group(1))
            if k != len(run.iterations) + 1:
                return f"bad output line {number}: expected iter {len(run.iterations) + 1}, got {shorten(line, 60)!r}"
            try:
                seconds = float(m.group(2))
            except ValueError:
                return f"bad output line {number}: {shorten(line, 60)!r} has no time in seconds"
            if not math.isfinite(seconds) or seconds < 0:
                return f"bad output line {number}: {shorten(line, 60)!r} has no time in seconds"
            run.iterations.append(seconds)
            continue
        m = CHECKSUM_LINE.fullmatch(line)
        if m and run.checksum is None:
            run.checksum = m.group(1).strip()
            continue
        return f"bad output line {number}: {shorten(line, 60)!r} (expected iter/checksum lines only)"
    if len(run.iterations) != n:
        return f"printed {len(run.iterations)} iter lines, expected {n}"
    if run.checksum is None:
        return "printed no checksum line"
    return None


def run_benchmark(system, path, n, timeout, env):
    process = run_process([*system.argv, path, str(n)], timeout, env)
    run = Run(process)
    if process.status is None:
        run.error = f"timeout: killed after {timeout:g} s"
    elif process.status != 0:
        detail = last_line(process.stderr)
        run.error = f"crashed ({describe_exit(process.status)})" + (f": {shorten(detail)}" if detail else "")
    else:
        run.error = check_contract(run, n)
    if process.stderr.strip() and run.ok:
        run.notes.append(f"stderr: {shorten(last_line(process.stderr), 100)}")
    return run


# ---- A cell: one benchmark on one system, over the rounds -----------------------------------------

@dataclass
class Cell:
    runs: list = field(default_factory=list)
    error: str | None = None
    notes: list = field(default_factory=list)

    @property
    def ok(self):
        return self.error is None and bool(self.runs)

    def median(self, attribute):
        return statistics.median(getattr(r, attribute) for r in self.runs)

    @property
    def first(self):
        return self.median("first")

    @property
    def steady(self):
        return self.median("steady")

    @property
    def wall(self):
        return statistics.median(r.process.wall for r in self.runs)

    @property
    def maxrss_kib(self):
        return max(r.process.maxrss_kib for r in self.runs)


def keep_logs(log_dir, name, system, round_number, run):
    os.makedirs(log_dir, exist_ok=True)
    stem = os.path.join(log_dir, f"{name}-{system.key}-round{round_number}")
    with open(stem + ".cmd", "w") as f:
        f.write(shlex.join(run.process.argv) + "\n")
    with open(stem + ".stdout", "w") as f:
        f.write(run.process.stdout)
    with open(stem + ".stderr", "w") as f:
        f.write(run.process.stderr)
    return stem + ".{cmd,stdout,stderr}"


# ---- Discovery, environment facts -----------------------------------------------------------------

def discover():
    """benchmarks/*.py except helpers: harness.py, files named _*.py, and files other ones import."""
    stems = sorted(f[:-3] for f in os.listdir(BENCH_DIR)
                   if f.endswith(".py") and not f.startswith("_") and f != "harness.py")
    imported = set()
    for stem in stems:
        with open(os.path.join(BENCH_DIR, stem + ".py"), encoding="utf-8", errors="replace") as f:
            source = f.read()
        for other in stems:
            if other != stem and re.search(rf"^\s*(?:import|from)\s+{re.escape(other)}\b", source, re.M):
                imported.add(other)
    return [s for s in stems if s not in imported]


def read(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read()
    except OSError:
        return ""


def machine_facts():
    cpuinfo = read("/proc/cpuinfo")
    models = re.findall(r"^model name\s*:\s*(.*)$", cpuinfo, re.M)
    model = models[0].strip() if models else platform.processor() or "unknown CPU"
    logical = len(re.findall(r"^processor\s*:", cpuinfo, re.M)) or os.cpu_count()
    m = re.search(r"^MemTotal:\s*(\d+) kB", read("/proc/meminfo"), re.M)
    memory = f"{int(m.group(1)) / 1024 / 1024:.1f} GiB" if m else "unknown"
    return {"cpu": model, "cores": logical, "memory": memory,
            "os": f"{platform.system()} {platform.release()}"}


def jdk_facts():
    """The JDK bin/byterun runs on (bin/find-jdk chooses it)."""
    try:
        home = subprocess.run([os.path.join(ROOT, "bin", "find-jdk")], capture_output=True, text=True,
                              timeout=60).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        home = ""
    if not home:
        return "not found (bin/find-jdk failed)"
    release = read(os.path.join(home, "release"))
    fields = dict(re.findall(r'^(\w+)="?(.*?)"?$', release, re.M))
    version = fields.get("JAVA_RUNTIME_VERSION") or fields.get("JAVA_VERSION")
    if not version:
        try:
            version = subprocess.run([os.path.join(home, "bin", "java"), "-version"], capture_output=True,
                                     text=True, timeout=60).stderr.splitlines()[0]
        except (OSError, subprocess.SubprocessError, IndexError):
            version = "unknown version"
    vendor = fields.get("IMPLEMENTOR", "")
    return f"{vendor + ' ' if vendor else ''}{version} ({home})"


def graalvm_version():
    m = re.search(r"<graalvm\.version>\s*([^<\s]+)\s*</graalvm\.version>", read(os.path.join(ROOT, "pom.xml")))
    return m.group(1) if m else "unknown"


def git_revision():
    try:
        rev = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], capture_output=True,
                             text=True, timeout=30).stdout.strip()
        dirty = subprocess.run(["git", "-C", ROOT, "status", "--porcelain", "--untracked-files=no", "--",
                                ".", ":!benchmarks/RESULTS.md"], capture_output=True, text=True,
                               timeout=30).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return (rev or "unknown") + (" (with uncommitted changes)" if dirty else "")


# ---- Formatting -----------------------------------------------------------------------------------

def fmt_time(seconds):
    if seconds is None:
        return "-"
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 0.001:
        return f"{seconds * 1000:.1f} ms"
    return f"{seconds * 1e6:.0f} µs"


def fmt_ratio(ratio):
    if ratio is None:
        return "-"
    return f"{ratio:.2f}x" if ratio >= 0.1 else f"{ratio:.3g}x"


def fmt_mib(kib):
    return f"{kib / 1024:.0f} MiB"


def md_cell(text):
    return text.replace("|", "\\|").replace("\n", " ")


def geomean(values):
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else None


# ---- Main -----------------------------------------------------------------------------------------

def log(message):
    print(message, file=sys.stderr, flush=True)


def parse_args(argv):
    parser = argparse.ArgumentParser(
        prog="benchmarks/run",
        description="Runs the benchmarks under ByteRun (JIT and interpreter-only) and CPython 3.13 and "
                    "compares them. A full run (all benchmarks, >= 60 iterations) rewrites "
                    "benchmarks/RESULTS.md.")
    parser.add_argument("names", nargs="*", metavar="NAME", help="benchmarks to run (default: all)")
    parser.add_argument("--iterations", "-n", type=int, default=DEFAULT_ITERATIONS, metavar="N",
                        help=f"iterations per process (default {DEFAULT_ITERATIONS})")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                        help=f"kill a process after this long (default {DEFAULT_TIMEOUT})")
    parser.add_argument("--rounds", type=int, default=1, metavar="R",
                        help="run the three systems R times in turn per benchmark and take medians (default 1)")
    parser.add_argument("--systems", default="jit,interp,cpython",
                        help="which of jit,interp,cpython to run (CPython always runs: it is the reference)")
    parser.add_argument("--output", metavar="FILE", help="write the report to FILE (for any run)")
    parser.add_argument("--no-write", action="store_true", help="do not write benchmarks/RESULTS.md")
    args = parser.parse_intermixed_args(argv)
    if args.iterations < 1:
        parser.error("--iterations must be at least 1")
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    if args.timeout <= 0:
        parser.error("--timeout must be positive")
    wanted = [s.strip() for s in args.systems.split(",") if s.strip()]
    unknown = [s for s in wanted if s not in ("jit", "interp", "cpython")]
    if unknown:
        parser.error(f"unknown system(s) {', '.join(unknown)}; choose from jit, interp, cpython")
    args.systems = set(wanted) | {"cpython"}
    available = discover()
    for name in args.names:
        name = name[:-3] if name.endswith(".py") else name
        if not os.path.isfile(os.path.join(BENCH_DIR, name + ".py")):
            parser.error(f"no benchmark {name!r} (benchmarks/{name}.py); available: {', '.join(available)}")
    args.benchmarks = [n[:-3] if n.endswith(".py") else n for n in args.names] or available
    if not args.benchmarks:
        parser.error("no benchmarks found in benchmarks/")
    args.full = not args.names and args.iterations >= DEFAULT_ITERATIONS
    return args


def main(argv):
    if sys.version_info[:2] != (3, 13):
        sys.exit(f"benchmarks/harness.py: needs CPython 3.13, this is {platform.python_version()} "
                 f"({sys.executable}); run it through benchmarks/run")
    args = parse_args(argv)
    python = sys.executable
    systems = [s for s in systems_for(python) if s.key in args.systems]
    cpython = next(s for s in systems if s.key == "cpython")
    env = dict(os.environ, BYTERUN_PYTHON=python)  # ByteRun compiles .py files with the same CPython
    started = datetime.datetime.now().astimezone()
    load_before = os.getloadavg()
    log_dir = os.path.join(tempfile.gettempdir(), f"byterun-bench-{started:%Y%m%d-%H%M%S}-{os.getpid()}")
    t0 = time.perf_counter()

    # Preflight: bin/byterun builds ByteRun when the jars are stale; do it outside any measurement.
    notes = []
    if any(s.key != "cpython" for s in systems):
        log("preflight: bin/byterun --version (builds ByteRun if needed)")
        pre = run_process([BYTERUN, "--version"], max(args.timeout, 1800), env)
        if pre.status != 0:
            sys.exit(f"benchmarks/run: bin/byterun --version failed ({describe_exit(pre.status) if pre.status is not None else 'timeout'}):\n"
                     f"{pre.stderr}")
        byterun_version = last_line(pre.stdout) or "unknown"
        if "interpreter-only" in pre.stderr:
            notes.append("WARNING: the JDK cannot host the Graal compiler, so 'ByteRun JIT' ran "
                         f"interpreter-only too ({shorten(last_line(pre.stderr), 200)})")
    else:
        byterun_version = "not run"

    # Hello world, whole process, best of HELLO_RUNS, systems alternating.
    hello = {s.key: [] for s in systems}
    with tempfile.TemporaryDirectory() as tmp:
        hello_py = os.path.join(tmp, "hello.py")
        with open(hello_py, "w") as f:
            f.write('print("hello world")\n')
        for i in range(HELLO_RUNS):
            for s in systems:
                p = run_process([*s.argv, hello_py], args.timeout, env)
                good = p.status == 0 and p.stdout == "hello world\n"
                hello[s.key].append((p, good))
                log(f"hello world  {s.label:<20} {fmt_time(p.wall):>10}" + ("" if good else "  FAILED"))

    # The benchmarks: per benchmark, the systems in turn, `rounds` times.
    cells = {}
    for name in args.benchmarks:
        path = os.path.join(BENCH_DIR, name + ".py")
        for s in systems:
            cells[name, s.key] = Cell()
        for r in range(1, args.rounds + 1):
            for s in systems:
                run = run_benchmark(s, path, args.iterations, args.timeout, env)
                cell = cells[name, s.key]
                cell.runs.append(run)
                if not run.ok:
                    where = keep_logs(log_dir, name, s, r, run)
                    if cell.error is None:
                        cell.error = run.error + (f" (round {r})" if args.rounds > 1 else "") + f"; logs: {where}"
                for note in run.notes:
                    if note not in cell.notes:
                        cell.notes.append(note)
                summary = (f"first {fmt_time(run.first)}, steady {fmt_time(run.steady)}, "
                           f"checksum {shorten(run.checksum, 40)}" if run.ok else f"FAILED: {run.error}")
                log(f"{name:<14} {s.label:<20} round {r}: {summary}; process {fmt_time(run.process.wall)}, "
                    f"{fmt_mib(run.process.maxrss_kib)}")
        # Checksums against CPython's (and CPython's against itself across rounds).
        ref_cell = cells[name, cpython.key]
        reference = ref_cell.runs[0].checksum if ref_cell.ok else None
        if ref_cell.ok and any(r.checksum != reference for r in ref_cell.runs):
            ref_cell.error = "CPython's checksum differs between rounds: " + \
                ", ".join(sorted({shorten(r.checksum, 40) for r in ref_cell.runs}))
            reference = None
        for s in systems:
            cell = cells[name, s.key]
            if s.key == cpython.key or not cell.ok:
                continue
            if reference is None:
                cell.notes.append("checksum not checked: CPython failed")
                continue
            for r, run in enumerate(cell.runs, 1):
                if run.checksum != reference:
                    where = keep_logs(log_dir, name, s, r, run)
                    cell.error = (f"checksum mismatch: {shorten(run.checksum, 50)}, CPython "
                                  f"{shorten(reference, 50)}" + (f" (round {r})" if args.rounds > 1 else "")
                                  + f"; logs: {where}")
                    log(f"{name:<14} {s.label:<20} FAILED: {cell.error}")
                    break

    elapsed = time.perf_counter() - t0
    report = render(args, systems, cells, hello, notes, started, load_before, os.getloadavg(), elapsed,
                    python, byterun_version)
    print(report.table_and_summary)
    if args.output:
        target = args.output
    elif args.full and not args.no_write:
        target = RESULTS
    else:
        target = None
    if target:
        with open(target, "w") as f:
            f.write(report.document)
        log(f"wrote {target}")
    elif not args.no_write:
        log("not writing benchmarks/RESULTS.md: only a full run (all benchmarks, "
            f">= {DEFAULT_ITERATIONS} iterations) does; --output FILE writes anyway")
    failed = [f"{name}/{key}" for (name, key), cell in cells.items() if not cell.ok] + \
             [f"hello/{key}" for key, runs in hello.items() if not any(good for _, good in runs)]
    if failed:
        log(f"FAILED: {', '.join(failed)}")
        return 1
    return 0


@dataclass
class Report:
    table_and_summary: str
    document: str


def render(args, systems, cells, hello, notes, started, load_before, load_after, elapsed, python,
           byterun_version):
    lines = ["| benchmark | system | first iteration | first vs CPython | steady state | steady vs CPython "
             "| peak RSS | process wall time | status |",
             "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |"]
    ratios = {s.key: [] for s in systems if s.key != "cpython"}
    failed_in = {s.key: [] for s in systems if s.key != "cpython"}
    for name in args.benchmarks:
        ref = cells[name, "cpython"]
        for s in systems:
            cell = cells[name, s.key]
            first_ratio = steady_ratio = None
            if cell.ok and ref.ok:
                first_ratio = ref.first / cell.first if cell.first > 0 else None
                steady_ratio = ref.steady / cell.steady if cell.steady > 0 else None
                if s.key != "cpython" and steady_ratio:
                    ratios[s.key].append(steady_ratio)
            if s.key != "cpython" and not (cell.ok and ref.ok):
                failed_in[s.key].append(name)
            if cell.ok:
                status = "ok" + "".join(f"; {n}" for n in cell.notes)
                row = [name, s.label, fmt_time(cell.first), fmt_ratio(first_ratio), fmt_time(cell.steady),
                       fmt_ratio(steady_ratio), fmt_mib(cell.maxrss_kib), fmt_time(cell.wall), status]
            else:
                wall = fmt_time(cell.wall) if cell.runs else "-"
                rss = fmt_mib(cell.maxrss_kib) if cell.runs else "-"
                row = [name, s.label, "-", "-", "-", "-", rss, wall, f"**FAILED**: {cell.error}"]
            lines.append("| " + " | ".join(md_cell(c) for c in row) + " |")
    table = "\n".join(lines)

    hello_parts = []
    for s in systems:
        good = [p for p, ok in hello[s.key] if ok]
        if good:
            best = min(good, key=lambda p: p.wall)
            hello_parts.append(f"{s.label} {fmt_time(best.wall)} ({fmt_mib(best.maxrss_kib)})")
        else:
            p = hello[s.key][-1][0]
            why = ("timeout" if p.status is None else describe_exit(p.status)) + \
                  (f": {shorten(last_line(p.stderr), 100)}" if last_line(p.stderr) else
                   f", printed {shorten(p.stdout, 40)!r}")
            hello_parts.append(f"{s.label} **FAILED** ({why})")
    hello_line = (f"Hello world (`print(\"hello world\")`, whole process, best of {HELLO_RUNS}): "
                  + "; ".join(hello_parts) + ".")

    summary = []
    for s in systems:
        if s.key == "cpython":
            continue
        g = geomean(ratios[s.key])
        total = len(args.benchmarks)
        if g is None:
            summary.append(f"- {s.label}: no steady-state ratio (every benchmark failed)")
            continue
        plural = "" if len(ratios[s.key]) == 1 else "s"
        over = f"{len(ratios[s.key])} benchmark{plural}" if len(ratios[s.key]) == total else \
            f"{len(ratios[s.key])} of {total} benchmark{'' if total == 1 else 's'}; failed or unchecked: {', '.join(failed_in[s.key])}"
        summary.append(f"- {s.label}: **{fmt_ratio(g)}** CPython's speed (geometric mean of the steady-state "
                       f"ratios over {over})")
    summary_text = ("Geometric means (CPython's time / ByteRun's time; above 1 is faster than CPython):\n\n" +
                    "\n".join(summary)) if summary else "(CPython only: no ByteRun system ran.)"
    notes_text = "".join(f"\n\n{n}" for n in notes)
    table_and_summary = f"{table}\n\n{hello_line}\n\n{summary_text}{notes_text}\n"

    machine = machine_facts()
    third = max(1, args.iterations // 3)
    command = "benchmarks/run" + "".join(f" {shlex.quote(a)}" for a in sys.argv[1:])
    doc = f"""# Benchmark results

Written by `benchmarks/run` (benchmarks/harness.py) on every full run; do not edit by hand.

- Date: {started:%Y-%m-%d %H:%M %Z}
- Command: `{command}`; {args.iterations} iterations per process, {args.rounds} round(s), timeout {args.timeout:g} s per process; the whole run took {fmt_time(elapsed)}
- Machine: {machine['cpu']}, {machine['cores']} logical CPUs, {machine['memory']} memory, {machine['os']}; load average {load_before[0]:.2f} at the start, {load_after[0]:.2f} at the end
- CPython: {platform.python_version()} ({python})
- ByteRun: {byterun_version}, commit {git_revision()}
- JDK (bin/find-jdk): {jdk_facts()}
- GraalVM / Truffle: {graalvm_version()} (pom.xml)

Systems, each run as its own process per benchmark, in turn: ByteRun JIT is `bin/byterun`, ByteRun
interpreter is `bin/byterun --engine.Compilation=false`, CPython is `python3.13`.
First iteration: the time the program reports for iteration 1. Steady state: the median of the last
{third} of the {args.iterations} iterations. "vs CPython" is CPython's time divided by the system's (above
1 is faster than CPython). Peak RSS is the process's maximum resident set size (for ByteRun, the JVM's).
Process wall time is from starting the process to its exit (start-up, compilation of the `.py` file
when not cached, all iterations, shut-down).{' Values are medians over the rounds (peak RSS: maximum).' if args.rounds > 1 else ''}

{table_and_summary}"""
    return Report(table_and_summary, doc)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

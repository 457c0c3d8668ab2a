#!/usr/bin/env python3
"""Patternbook's figures beside their floors, measured side by side in one run.

    packaging/dev.sh compare [RUNS]

Writes the benchmarks' synthetic languages (10,024 and 1,008 patterns) to a temporary folder and
times, alternately so that the machine's state is shared, each of our commands and the tool that
bounds it from below:

  validate 10,024 patterns     against  cmark over the same files in one process, and cat
  memory of the model          against  the files' bytes on disk (validate's peak, less its own
                                        peak on an empty folder)
  graph --format svg (1,008)   against  dot -Tsvg on the same graph (our DOT export)
  start to first window        against  ghostwriter opening one file, if it is installed
  memory of the app (1,008)    against  ghostwriter with one file, if it is installed

Then the working copy's own figures, which have no outside floor, from the benchmarks in the same
run (medians of RUNS repetitions), each beside its target: a push, a batch, sorting, filtering,
the analysis whole and incremental, and one pattern parsed beside cmark alone on it.

Last, the app's start-up (--measure-startup) on 1,008 patterns and on a language the size of
Alexander's, 253 patterns in three scales, at the desk and presenting one part;
`compare.py startup [RUNS]` (`packaging/dev.sh startup`) measures only that.

Each figure is a median of RUNS (5) and is printed with its ratio to the floor. "First window" is
the same for both apps, seen from outside: from the process's start to the X server's MapNotify of
its first top-level window (without a display, the script starts its own Xvfb). An app's memory
is summed over its processes (WebEngine runs several) 4 s after its window maps: PSS, which counts
shared pages once, and the plain sum of RSS.
"""

import ctypes
import json
import os
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.environ.get("PATTERNBOOK_BUILD_DIR", os.path.join(ROOT, "build"))
CLI = os.path.join(BUILD, "app", "patternbook-cli")
APP = os.path.join(BUILD, "app", "patternbook")
BENCH = os.path.join(BUILD, "tests", "benchmarks", "patternbook_benchmarks")


def timed(command, **kwargs):
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, **kwargs)
    return time.perf_counter() - start


def alternate(runs, commands):
    """Runs each command in turn, `runs` times round; the median seconds of each."""
    times = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            times[name].append(timed(**command) if isinstance(command, dict) else timed(command))
    return {name: statistics.median(values) for name, values in times.items()}


def peak_rss_kb(command):
    """The command's maximum resident set, in KB (from wait4's rusage)."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(process.pid, 0)
    return usage.ru_maxrss


class MapWatcher:
    """Waits for the X server to map a new top-level window (SubstructureNotify on the root)."""

    class MapEvent(ctypes.Structure):
        _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                    ("display", ctypes.c_void_p), ("event", ctypes.c_ulong), ("window", ctypes.c_ulong),
                    ("override_redirect", ctypes.c_int)]

    class Event(ctypes.Union):
        _fields_ = [("type", ctypes.c_int), ("pad", ctypes.c_long * 24)]

    def __init__(self):
        x = ctypes.CDLL("libX11.so.6")
        x.XOpenDisplay.restype = ctypes.c_void_p
        x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x.XDefaultRootWindow.restype = ctypes.c_ulong
        x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
        x.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        x.XPending.argtypes = [ctypes.c_void_p]
        x.XFlush.argtypes = [ctypes.c_void_p]
        x.XConnectionNumber.argtypes = [ctypes.c_void_p]
        self.x = x
        self.display = None
        for _ in range(50):  # a server just started may take a moment to accept clients
            self.display = x.XOpenDisplay(None)
            if self.display:
                break
            time.sleep(0.1)
        if not self.display:
            raise RuntimeError("cannot open the X display")
        x.XSelectInput(self.display, x.XDefaultRootWindow(self.display), 1 << 19)  # SubstructureNotifyMask
        x.XFlush(self.display)
        self.fd = x.XConnectionNumber(self.display)

    def drain(self):
        event = self.Event()
        while self.x.XPending(self.display):
            self.x.XNextEvent(self.display, ctypes.byref(event))

    def wait_for_map(self, start, timeout=30.0):
        event = self.Event()
        while time.perf_counter() - start < timeout:
            while self.x.XPending(self.display):
                self.x.XNextEvent(self.display, ctypes.byref(event))
                if event.type == 19:  # MapNotify
                    mapped = ctypes.cast(ctypes.byref(event), ctypes.POINTER(self.MapEvent)).contents
                    if not mapped.override_redirect:
                        return time.perf_counter() - start
            select.select([self.fd], [], [], 0.05)
        return None


def process_tree(pid):
    pids, todo = [], [pid]
    while todo:
        p = todo.pop()
        pids.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo.extend(int(c) for c in f.read().split())
        except OSError:
            pass
    return pids


def memory_mb(pid):
    """(PSS, RSS) summed over the process and its descendants, in MB."""
    pss = rss = 0
    for p in process_tree(pid):
        try:
            with open(f"/proc/{p}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Pss:"):
                        pss += int(line.split()[1])
                    elif line.startswith("Rss:"):
                        rss += int(line.split()[1])
        except OSError:
            pass
    return pss / 1024, rss / 1024


def first_window(watcher, command, env, settle=0.0):
    """Seconds from start to the first window mapped; with settle, also its memory after that."""
    watcher.drain()
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    mapped = watcher.wait_for_map(start)
    memory = None
    if settle and mapped is not None:
        time.sleep(settle)
        memory = memory_mb(process.pid)
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    return mapped, memory


def start_xvfb():
    """An Xvfb of our own when there is no display; returns it (or None) and sets DISPLAY."""
    if os.environ.get("DISPLAY") or not shutil.which("Xvfb"):
        return None
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    number = os.read(read, 16).decode().strip()
    os.close(read)
    os.environ["DISPLAY"] = ":" + number
    return server


def compare_apps(runs, small):
    """Start to first window and memory: Patternbook on 1,008 patterns, ghostwriter on one file."""
    server = start_xvfb()
    try:
        watcher = MapWatcher()
        with tempfile.TemporaryDirectory() as home:
            env = dict(os.environ, QTWEBENGINE_DISABLE_SANDBOX="1", HOME=home,
                       XDG_CONFIG_HOME=os.path.join(home, "config"), XDG_DATA_HOME=os.path.join(home, "data"),
                       XDG_CACHE_HOME=os.path.join(home, "cache"))
            one = os.path.join(home, "one.md")
            with open(one, "w") as f:
                f.write("# One file\n\nA paragraph of *Markdown*, as a writer starts one.\n")
            apps = {"patternbook": [APP, small]}
            if shutil.which("ghostwriter"):
                apps["ghostwriter"] = ["ghostwriter", one]
            for command in apps.values():  # a first, cold run of each, not counted
                first_window(watcher, command, env)
            times = {name: [] for name in apps}
            memory = {name: [] for name in apps}
            for _ in range(runs):
                for name, command in apps.items():
                    mapped, _ = first_window(watcher, command, env)
                    if mapped is not None:
                        times[name].append(mapped)
            for _ in range(min(runs, 3)):
                for name, command in apps.items():
                    _, used = first_window(watcher, command, env, settle=4.0)
                    if used:
                        memory[name].append(used)
        ours = statistics.median(times["patternbook"]) if times["patternbook"] else None
        if "ghostwriter" in apps and ours and times["ghostwriter"]:
            show("start to first window, 1,008", ours, statistics.median(times["ghostwriter"]),
                 "ghostwriter, one file", "at most 0.8")
        elif ours:
            print(f"start to first window, 1,008      {ours * 1000:9.1f} ms   (ghostwriter is not installed: no floor)")
        for name in apps:
            if memory[name]:
                pss = statistics.median(m[0] for m in memory[name])
                rss = statistics.median(m[1] for m in memory[name])
                what = "Patternbook, 1,008 patterns" if name == "patternbook" else "ghostwriter, one file"
                print(f"memory of {what:28} PSS {pss:6.0f} MB   RSS summed {rss:6.0f} MB   (over its processes)")
    finally:
        if server:
            server.terminate()
            server.wait()
            del os.environ["DISPLAY"]


# Benchmark, what it measures, its target in ms (None: no target), the unit it reports.
WORKING_COPY = [
    ("BM_PushOneEdit10k", "a keystroke's push, on the UI thread", 16),
    ("BM_PushOneEditFull10k", "the push until graph and diagnostics are updated", 50),
    ("BM_AnalyseIncremental10k/0", "  its analysis: a pattern's words changed", None),
    ("BM_AnalyseIncremental10k/1", "  its analysis: a pattern renamed (its referrers too)", None),
    ("BM_AnalyseWhole10k", "the whole analysis (opening, many files changed)", None),
    ("BM_BatchOf1000Files10k", "1,000 files changed at once, on the UI thread", 50),
    ("BM_SortByName10k", "sort the list by name", 50),
    ("BM_SortByScale10k", "sort the list by scale", 50),
    ("BM_FilterKeystroke10k", "a key typed in the search box", 16),
    ("BM_FilterKeystrokeBackAndForth10k", "a key typed and erased", 16),
    ("BM_FilterFirstKeystroke10k", "the first key (folds every pattern once)", None),
    ("BM_ParseOnePattern", "parse one pattern", None),
    ("BM_ParseOneCmarkOnly", "  cmark alone on the same pattern (its floor)", None),
]


def working_copy(runs):
    """The working copy's benchmarks, medians of `runs` repetitions, beside their targets."""
    names = "|".join(name.split("/")[0] for name, _, _ in WORKING_COPY)
    out = subprocess.run([BENCH, f"--benchmark_filter=^({names})", f"--benchmark_repetitions={runs}",
                          "--benchmark_report_aggregates_only=true", "--benchmark_format=json"],
                         capture_output=True, text=True, check=True).stdout
    medians = {}
    for b in json.loads(out)["benchmarks"]:
        if b.get("aggregate_name") == "median":
            name = b["run_name"].split("/iterations:")[0].replace("/real_time", "")
            medians[name] = (b["real_time"], b["time_unit"])
    for name, label, target in WORKING_COPY:
        if name not in medians:
            continue
        value, unit = medians[name]
        line = f"{label:52} {value:9.2f} {unit}"
        if target is not None:
            ms = value / 1000 if unit == "us" else value
            line += f"   (target {target} ms: {'met' if ms < target else 'MISSED'})"
        print(line)


def show(label, ours, floor, floor_label, target=None):
    ratio = ours / floor if floor else float("nan")
    line = f"{label:34} {ours * 1000:9.1f} ms   {floor_label:28} {floor * 1000:9.1f} ms   ratio {ratio:5.2f}"
    if target is not None:
        line += f"   (target {target})"
    print(line)


def startup_times(folder, extra=()):
    """The app's own --measure-startup figures, in ms, and the wall time from launch to exit."""
    env = dict(os.environ, QTWEBENGINE_DISABLE_SANDBOX="1")
    command = [APP, folder, "--measure-startup", *extra]
    if not os.environ.get("DISPLAY") and shutil.which("xvfb-run"):
        command = ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24"] + command
    start = time.perf_counter()
    out = subprocess.run(command, capture_output=True, text=True, env=env, check=False).stdout
    wall = (time.perf_counter() - start) * 1000
    figures = {}
    for line in out.splitlines():
        name, _, value = line.partition(":")
        if value.strip().endswith("ms"):
            figures[name.strip()] = float(value.strip()[:-2])
    if figures:
        figures["wall, launch to exit (with Xvfb)"] = wall
    return figures


def startup_report(label, runs, folder, extra=(), target=None):
    samples = [startup_times(folder, extra) for _ in range(runs)]
    samples = [s for s in samples if s]
    if not samples:
        print(f"start-up, {label}: no figures (is the app built?)")
        return
    for key in samples[0]:
        values = [s[key] for s in samples if key in s]
        line = f"start-up, {label}: {key:34} {statistics.median(values):7.0f} ms"
        if target is not None and key == "graph laid out":
            line += f"   (target {target} ms: {'met' if statistics.median(values) < target else 'MISSED'})"
        print(line)


def large_language_startup(runs, tmp):
    """A language the size of Alexander's (253 patterns in 3 scales, 2,752 links; Alexander's has 2,276): to the
    graph on screen, at the desk and presenting one part."""
    folder = os.path.join(tmp, "l253")
    subprocess.run([BENCH, "--write-generated", folder, "253", "3", "16"], check=True)
    startup_report("253 patterns", runs, folder, target=1500)
    startup_report("253, presenting part 2", runs, folder, ("--presentation", "--scale", "2"), target=1500)


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "startup":
        # `compare.py startup [RUNS]`: only the start-up of a 253-pattern language.
        runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
        with tempfile.TemporaryDirectory() as tmp:
            large_language_startup(runs, tmp)
        return
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    with tempfile.TemporaryDirectory() as tmp:
        big = os.path.join(tmp, "l10k")
        small = os.path.join(tmp, "l1k")
        subprocess.run([BENCH, "--write-language", big, "10024"], check=True)
        subprocess.run([BENCH, "--write-language", small, "1008"], check=True)
        files = sorted(os.path.join(big, f) for f in os.listdir(big))
        size = sum(os.path.getsize(f) for f in files)
        print(f"{len(files)} patterns, {size / 1e6:.1f} MB; medians of {runs}, run alternately\n")

        t = alternate(runs, {
            "validate": [CLI, "validate", big],
            "cmark": ["cmark"] + files,
            "cat": ["cat"] + files,
        })
        show("patternbook-cli validate", t["validate"], t["cmark"], "cmark, one process", "at most 0.6")
        show("patternbook-cli validate", t["validate"], t["cat"], "cat")

        peaks = [peak_rss_kb([CLI, "validate", big]) for _ in range(runs)]
        empty = os.path.join(tmp, "empty")
        os.mkdir(empty)
        baseline = statistics.median(peak_rss_kb([CLI, "validate", empty]) for _ in range(runs))
        model = (statistics.median(peaks) - baseline) * 1024
        print(f"{'memory of the model, 10,024':34} {model / 1e6:9.1f} MB   {'the files on disk':28} "
              f"{size / 1e6:9.1f} MB   ratio {model / size:5.2f}   (target under 3; validate's peak "
              f"{statistics.median(peaks) / 1024:.0f} MB less {baseline / 1024:.0f} MB on an empty folder)")

        dot = os.path.join(tmp, "graph.dot")
        with open(dot, "w") as out:
            subprocess.run([CLI, "graph", small, "--format", "dot"], stdout=out, check=True)
        t = alternate(runs, {
            "svg": [CLI, "graph", small, "--format", "svg", "-o", os.path.join(tmp, "g.svg")],
            "dot": ["dot", "-Tsvg", dot, "-o", os.path.join(tmp, "d.svg")],
        })
        show("graph --format svg, 1,008", t["svg"], t["dot"], "dot -Tsvg, same graph")

        print()
        working_copy(runs)
        print()
        compare_apps(runs, small)
        print()
        startup_report("1,008 patterns", runs, small)
        print()
        large_language_startup(runs, tmp)

if __name__ == "__main__":
    main()

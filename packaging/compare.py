#!/usr/bin/env python3
"""Patternbook's figures beside their floors, measured side by side in one run.

    packaging/dev.sh compare [RUNS]

Writes the benchmarks' synthetic languages (10,024 and 1,008 patterns) to a temporary folder and
times, alternately so that the machine's state is shared, each of our commands and the tool that
bounds it from below:

  validate 10,024 patterns     against  cmark over the same files in one process, and cat
  graph --format svg (1,008)   against  dot -Tsvg on the same graph (our DOT export)
  start to first window        against  ghostwriter opening one file, if it is installed
  memory of the app (1,008)    against  ghostwriter with one file, if it is installed

Each figure is a median of RUNS (5) and is printed with its ratio to the floor.
"""

import os
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


def show(label, ours, floor, floor_label, target=None):
    ratio = ours / floor if floor else float("nan")
    line = f"{label:34} {ours * 1000:9.1f} ms   {floor_label:28} {floor * 1000:9.1f} ms   ratio {ratio:5.2f}"
    if target is not None:
        line += f"   (target {target})"
    print(line)


def startup_times(folder):
    """The app's own --measure-startup figures, in ms."""
    env = dict(os.environ, QTWEBENGINE_DISABLE_SANDBOX="1")
    command = [APP, folder, "--measure-startup"]
    if not os.environ.get("DISPLAY") and shutil.which("xvfb-run"):
        command = ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24"] + command
    out = subprocess.run(command, capture_output=True, text=True, env=env, check=False).stdout
    figures = {}
    for line in out.splitlines():
        name, _, value = line.partition(":")
        if value.strip().endswith("ms"):
            figures[name.strip()] = float(value.strip()[:-2])
    return figures


def main():
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

        dot = os.path.join(tmp, "graph.dot")
        with open(dot, "w") as out:
            subprocess.run([CLI, "graph", small, "--format", "dot"], stdout=out, check=True)
        t = alternate(runs, {
            "svg": [CLI, "graph", small, "--format", "svg", "-o", os.path.join(tmp, "g.svg")],
            "dot": ["dot", "-Tsvg", dot, "-o", os.path.join(tmp, "d.svg")],
        })
        show("graph --format svg, 1,008", t["svg"], t["dot"], "dot -Tsvg, same graph")

        print()
        samples = [startup_times(small) for _ in range(runs)]
        samples = [s for s in samples if s]
        if samples:
            for key in samples[0]:
                values = [s[key] for s in samples if key in s]
                print(f"start-up, 1,008 patterns: {key:26} {statistics.median(values):7.0f} ms")
        if shutil.which("ghostwriter"):
            print("ghostwriter is installed: time it opening one file beside these by hand (it has no "
                  "--measure-startup); see the README.")
        else:
            print("ghostwriter is not installed here: start-up and memory have no floor in this run.")


if __name__ == "__main__":
    main()

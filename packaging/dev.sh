#!/usr/bin/env bash
# Sets up, builds and runs Patternbook on Debian 12. Installs any Debian package it lacks.
#
#   packaging/dev.sh run [FOLDER]   build and open the app (the bundled sample language by default)
#   packaging/dev.sh test           build and run every test through CTest
#   packaging/dev.sh bench          build and run the benchmarks (medians of repeated runs)
#   packaging/dev.sh compare [RUNS] our commands beside their floors (cmark, cat, dot), one run
#   packaging/dev.sh startup [RUNS] start-up to the graph of a 253-pattern language
#   packaging/dev.sh sanitize       build with clang's AddressSanitizer and UBSan, run every test
#   packaging/dev.sh fuzz [SECONDS] build the libFuzzer targets, run each for SECONDS (60) on its corpus
#   packaging/dev.sh package        build the .deb packages (patternbook, patternbook-cli) and check
#                                   them with lintian, desktop-file-validate and appstreamcli
#   packaging/dev.sh build          build only
#
# The build goes to ./build (or $PATTERNBOOK_BUILD_DIR); the sanitizer and fuzzer builds to
# ./build-asan and ./build-fuzz.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${PATTERNBOOK_BUILD_DIR:-$root/build}

packages=(cmake ninja-build g++ pkg-config
          qt6-base-dev qt6-base-dev-tools qt6-webengine-dev qt6-svg-dev libqt6opengl6-dev libgl-dev
          qt6-tools-dev qt6-l10n-tools
          libyaml-cpp-dev libcmark-dev cmark libgraphviz-dev libzip-dev libdtl-dev
          weasyprint poppler-utils epubcheck help2man
          xvfb xauth fonts-dejavu-core)
bench_packages=(libbenchmark-dev hugo)
package_packages=(help2man dpkg-dev file lintian desktop-file-utils appstream)
clang_packages=(clang libclang-rt-14-dev)

as_root() {
    if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

install_missing() {
    local missing=() p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
    done
    if ((${#missing[@]})); then
        echo "Installing ${missing[*]}" >&2
        as_root apt-get update
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
    fi
}

configure_and_build() {
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    cmake --build "$build"
}

# The widget and WebEngine tests need a display: a virtual one, so this runs anywhere.
run_tests() {
    cd "$1"
    shift
    xvfb-run -a -s "-screen 0 1600x1000x24" ctest --output-on-failure --timeout 300 "$@"
}

# Chromium (inside Qt WebEngine) refuses to run as root with its sandbox on.
[[ $(id -u) -eq 0 ]] && export QTWEBENGINE_DISABLE_SANDBOX=1

command=${1:-run}
shift || true
case $command in
    run)
        install_missing "${packages[@]}"
        configure_and_build
        exec "$build/app/patternbook" "$@"
        ;;
    test)
        install_missing "${packages[@]}"
        configure_and_build
        run_tests "$build" "$@"
        ;;
    sanitize)
        install_missing "${packages[@]}" "${clang_packages[@]}"
        build=$root/build-asan
        CC=clang CXX=clang++ configure_and_build -DPATTERNBOOK_SANITIZE=ON
        # Any report fails the test. Suppressed: only leaks and casts inside Qt WebEngine,
        # fontconfig and D-Bus (tests/sanitizers/*.supp says why).
        # Full unwinding, so that suppressions see the library frames below the allocation.
        # new_delete_type_mismatch is off: Chromium, inside Qt WebEngine, deletes through base
        # pointers of another size, and ASan cannot suppress that check by library. Our own code
        # has -Wdelete-non-virtual-dtor (in -Wall) for the same mistake.
        export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1:fast_unwind_on_malloc=0:new_delete_type_mismatch=0
        export LSAN_OPTIONS=suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0
        export UBSAN_OPTIONS=suppressions=$root/tests/sanitizers/ubsan.supp:print_stacktrace=1:halt_on_error=1
        run_tests "$build" "$@"
        ;;
    fuzz)
        install_missing "${packages[@]}" "${clang_packages[@]}"
        seconds=${1:-60}
        build=$root/build-fuzz
        CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DPATTERNBOOK_BUILD_FUZZERS=ON -DPATTERNBOOK_BUILD_TESTS=OFF
        cmake --build "$build" --target fuzzers
        exec "$root/tests/fuzz/run.sh" "$build/tests/fuzz" "$seconds"
        ;;
    bench)
        install_missing "${packages[@]}" "${bench_packages[@]}"
        configure_and_build -DPATTERNBOOK_BUILD_BENCHMARKS=ON
        exec "$build/tests/benchmarks/patternbook_benchmarks" --benchmark_repetitions=9 \
            --benchmark_report_aggregates_only=true "$@"
        ;;
    compare)
        # ghostwriter is the floor for start-up and memory (Debian has it; Qt 5 and its WebEngine).
        install_missing "${packages[@]}" "${bench_packages[@]}" graphviz ghostwriter
        configure_and_build -DPATTERNBOOK_BUILD_BENCHMARKS=ON
        exec python3 "$root/packaging/compare.py" "$@"
        ;;
    startup)
        # The start-up of a 253-pattern language, at the desk and presenting (compare.py startup).
        install_missing "${packages[@]}" "${bench_packages[@]}"
        configure_and_build -DPATTERNBOOK_BUILD_BENCHMARKS=ON
        exec python3 "$root/packaging/compare.py" startup "$@"
        ;;
    package)
        install_missing "${packages[@]}" "${package_packages[@]}"
        configure_and_build
        rm -rf "$build/packages"
        (cd "$build" && cpack -G DEB)
        lintian --allow-root --fail-on error,warning "$build"/packages/*.deb
        desktop-file-validate "$root/packaging/linux/org.patternbook.Patternbook.desktop"
        appstreamcli validate --no-net "$build"/packaging/*.metainfo.xml
        ls "$build"/packages/*.deb
        ;;
    build)
        install_missing "${packages[@]}"
        configure_and_build "$@"
        ;;
    *)
        echo "usage: $0 run [FOLDER] | test | bench | compare [RUNS] | startup [RUNS] | sanitize | fuzz [SECONDS] | package | build" >&2
        exit 2
        ;;
esac

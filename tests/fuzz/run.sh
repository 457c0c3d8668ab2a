#!/usr/bin/env bash
# Runs every fuzz target in FOLDER for SECONDS each, seeded with its corpus in the repository
# (tests/fuzz/corpus/TARGET) and with the sample language and the test data. Fails on the first
# fault, leaving the input that caused it (crash-*, leak-*, timeout-*) in the working folder.
#   tests/fuzz/run.sh FOLDER [SECONDS]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
folder=$1
seconds=${2:-60}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

seeds=("$root"/resources/sample-language/*.md "$root"/tests/data/languages/*/*.md "$root"/tests/data/edits/*/*.md)
total=0
for target in fuzz_pattern fuzz_writer fuzz_links fuzz_frontmatter; do
    corpus=$work/$target
    mkdir -p "$corpus"
    [[ -d $here/corpus/$target ]] && cp "$here"/corpus/"$target"/* "$corpus"/ 2>/dev/null || true
    if [[ $target == fuzz_links ]]; then
        # Several patterns to one input, split by "=====" lines.
        i=0
        for ((start = 0; start < ${#seeds[@]}; start += 4)); do
            for f in "${seeds[@]:start:4}"; do cat "$f"; printf '\n=====\n'; done >"$corpus/seed-$((i++))"
        done
    else
        cp "${seeds[@]}" "$corpus"/ 2>/dev/null || true
    fi
    echo "== $target, $seconds s" >&2
    log=$work/$target.log
    if ! (cd "$work" && "$folder/$target" "$corpus" -max_total_time="$seconds" -max_len=65536 -timeout=20 \
            -rss_limit_mb=4096 -print_final_stats=1 >"$log" 2>&1); then
        tail -n 60 "$log" >&2
        mkdir -p "$root/build-fuzz/findings"
        cp "$work"/crash-* "$work"/leak-* "$work"/timeout-* "$work"/oom-* "$root/build-fuzz/findings/" 2>/dev/null || true
        echo "$target found a fault; the input is in build-fuzz/findings/" >&2
        exit 1
    fi
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
    echo "$target: $runs inputs, no fault" >&2
    total=$((total + runs))
done
echo "fuzzing: $total inputs in all, no fault" >&2

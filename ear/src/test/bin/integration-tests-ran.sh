#!/usr/bin/env bash
# Fails the build when a failsafe execution ran no integration test, or failed one: a run whose
# tests were all skipped, or never found, proves nothing. Called by the ear build in the verify
# phase with the failsafe reports folder, in which every execution (it-h2, it-postgresql and any
# later one) writes its failsafe-summary.xml into a folder of its own; the remaining arguments are
# the skip switches (skipTests, skipITs, maven.test.skip): "true" means no test was meant to run.
set -euo pipefail

reports=$1
shift
for skip in "$@"; do
    if [[ $skip == true ]]; then
        echo "integration tests skipped on request"
        exit 0
    fi
done

shopt -s nullglob
summaries=("$reports"/*/failsafe-summary.xml)
if [[ -f $reports/failsafe-summary.xml ]]; then
    summaries+=("$reports/failsafe-summary.xml")
fi
if ((${#summaries[@]} == 0)); then
    echo "no failsafe summary under $reports: no integration test ran" >&2
    exit 1
fi

count() { # <element> <file>: the number in <element>N</element>
    sed -n "s:.*<$1>\([0-9]*\)</$1>.*:\1:p" "$2" | head -n 1
}

status=0
for summary in "${summaries[@]}"; do
    execution=$(basename "$(dirname "$summary")")
    completed=$(count completed "$summary")
    skipped=$(count skipped "$summary")
    problems=$(($(count errors "$summary") + $(count failures "$summary")))
    ran=$((${completed:-0} - ${skipped:-0}))
    if ((ran <= 0)); then
        echo "failsafe execution '$execution' ran no integration test" \
            "(completed ${completed:-0}, skipped ${skipped:-0}; a benchmark needs -Dgroups=benchmark)" >&2
        status=1
    elif ((problems > 0)); then
        echo "failsafe execution '$execution': $problems of $ran integration tests failed" >&2
        status=1
    else
        echo "failsafe execution '$execution': $ran integration tests ran and passed" \
            "(${skipped:-0} skipped)"
    fi
done
exit $status

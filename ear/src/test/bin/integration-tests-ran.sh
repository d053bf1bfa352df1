#!/usr/bin/env bash
# Fails the build when a failsafe execution ran no integration test, or failed one: a run whose
# tests were all skipped, or never found, proves nothing. Called by the ear build in the verify
# phase with
#   $1  the failsafe reports folder, in which every execution writes failsafe-summary.xml into a
#       folder of its own (failsafe-reports/h2, failsafe-reports/postgresql, ...);
#   $2  the names of those folders that must exist (the property it.executions): failsafe writes
#       no summary at all for an execution that found no test, so a missing one is an empty run;
#       the summary of an execution not named there (one that may be skipped) is checked if found;
#   $3… the skip switches (skipTests, skipITs, maven.test.skip): "true" means none was meant to run.
set -euo pipefail

reports=$1
expected=$2
shift 2
for skip in "$@"; do
    if [[ $skip == true ]]; then
        echo "integration tests skipped on request"
        exit 0
    fi
done

count() { # <element> <file>: the number in <element>N</element>
    sed -n "s:.*<$1>\([0-9]*\)</$1>.*:\1:p" "$2" | head -n 1
}

# <execution> <summary>: one line saying what the execution ran; false when it proves nothing
judge() {
    local execution=$1 summary=$2
    local completed skipped problems ran
    completed=$(count completed "$summary")
    skipped=$(count skipped "$summary")
    problems=$(($(count errors "$summary") + $(count failures "$summary")))
    ran=$((${completed:-0} - ${skipped:-0}))
    if ((ran <= 0)); then
        echo "failsafe execution '$execution' ran no integration test" \
            "(completed ${completed:-0}, skipped ${skipped:-0})" >&2
        return 1
    elif ((problems > 0)); then
        echo "failsafe execution '$execution': $problems of $ran integration tests failed" >&2
        return 1
    fi
    echo "failsafe execution '$execution': $ran integration tests ran and passed" \
        "(${skipped:-0} skipped)"
}

status=0
for execution in $expected; do
    summary=$reports/$execution/failsafe-summary.xml
    if [[ ! -f $summary ]]; then
        echo "failsafe execution '$execution' ran no integration test (no $summary)" >&2
        status=1
    else
        judge "$execution" "$summary" || status=1
    fi
done

# any other execution that ran (one that may be skipped, say) is held to the same rule
shopt -s nullglob
for summary in "$reports"/*/failsafe-summary.xml; do
    execution=$(basename "$(dirname "$summary")")
    if [[ " $expected " != *" $execution "* ]]; then
        judge "$execution" "$summary" || status=1
    fi
done
exit $status

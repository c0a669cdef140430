#!/bin/sh
# Seconds from starting razmetka to its window being shown, on a virtual X display (Xvfb).
# Each run starts cold in the same way: a database with the seeds imported and suggested, so no
# first-run import or background suggesting is in the figure. Best and median of RUNS (5).
#
#   packaging/measure_start.sh dist/razmetka/razmetka
#   packaging/measure_start.sh .venv-run/bin/razmetka
# Needs Debian's xvfb and xdotool.
set -eu
PROGRAM=$1
RUNS=${RUNS:-5}
WORK=$(mktemp -d)
trap 'kill $XVFB 2>/dev/null; rm -rf "$WORK"' EXIT
export HOME=$WORK XDG_DATA_HOME=$WORK/share XDG_CONFIG_HOME=$WORK/config
unset QT_QPA_PLATFORM
SCREEN=:$(( $$ % 500 + 100 ))
Xvfb $SCREEN -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
export DISPLAY=$SCREEN
sleep 1
DB=$WORK/measure.db
"$PROGRAM" --db "$DB" import "$(dirname "$0")/../seeds" >/dev/null 2>&1
"$PROGRAM" --db "$DB" suggest >/dev/null 2>&1
times=""
i=0
while [ $i -lt "$RUNS" ]; do
    started=$(date +%s.%N)
    "$PROGRAM" --db "$DB" >/dev/null 2>&1 &
    pid=$!
    xdotool search --sync --onlyvisible --name Razmetka >/dev/null
    shown=$(date +%s.%N)
    kill $pid; wait $pid 2>/dev/null || true
    times="$times $(awk "BEGIN { print $shown - $started }")"
    i=$((i + 1))
done
echo "$times" | tr ' ' '\n' | grep . | sort -n | awk '{t[NR]=$1} END {
    printf "window shown after: best %.2f s, median %.2f s (%d runs)\n", t[1], t[int((NR+1)/2)], NR }'

#!/usr/bin/env bash
# Restarts dockerd, so that the next test sees a fresh engine. A running dockerd remembers which
# subnet and which -P host port it handed out last and moves on even after they are freed
# (172.18.0.0/16, then 172.19…; ports 32768, 32769…): the differential suite restarts it before
# each scenario to get the addresses a fresh host gets (DESIGN.md, "Determinism").
#
#   SIGTERM to the PID in $DOCKERD_PIDFILE (default /var/run/docker.pid), wait until it is gone
#   (30 s at most), start it again, wait for `docker info` (60 s at most), close the uplink door
#   again (dockerd recreates DOCKER-USER). Prints one line with the time it took.
#
# Running containers are stopped by dockerd on the way down, which for a PID 1 that ignores
# SIGTERM (`sleep`) costs dockerd's stop time-out: remove them first for a fast restart.
# Environment: DOCKERD_PIDFILE, DOCKERD_CMD, DOCKERD_LOG (see .ci/lib/dockerd.sh), DOCKER_HOST,
# DOCKERD_POST_START (a command run once the engine answers).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=../.ci/lib/dockerd.sh
source "$root/.ci/lib/dockerd.sh"
# shellcheck source=../.ci/lib/uplink-door.sh
source "$root/.ci/lib/uplink-door.sh"
pidfile="${DOCKERD_PIDFILE:-/var/run/docker.pid}"

die() { printf 'restart-dockerd: %s\n' "$*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || die "run me as root"
start_ns=$(date +%s%N)

pid="$(cat "$pidfile" 2>/dev/null || true)"
if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
  kill -TERM "$pid"
  deadline=$((SECONDS + 30))
  while kill -0 "$pid" 2>/dev/null; do
    (( SECONDS < deadline )) || die "dockerd (pid $pid) still running 30 s after SIGTERM"
    sleep 0.05
  done
fi

start_dockerd
if ! wait_for_docker 60; then
  dockerd_log_tail
  die "dockerd is not answering (waited at most 60 s; its log is above)"
fi
close_uplink_door || die "could not close the uplink door"
# A hook for a development engine (test/differential/dev-engine.sh run): its socket is new.
if [ -n "${DOCKERD_POST_START:-}" ]; then bash -c "$DOCKERD_POST_START" || die "DOCKERD_POST_START failed"; fi
ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
printf 'restart-dockerd: dockerd restarted in %d.%03d s\n' $((ms / 1000)) $((ms % 1000))

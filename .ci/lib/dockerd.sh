# shellcheck shell=bash
# Starting and waiting for dockerd, shared by .ci/setup-docker.sh and scripts/restart-dockerd.sh.
# DOCKERD_CMD overrides how dockerd is started (e.g. an isolated engine for development, see
# test/differential/README.md); DOCKERD_LOG where its output goes.

: "${DOCKERD_CMD:=dockerd}"
: "${DOCKERD_LOG:=/tmp/dockerd.log}"

# Starts dockerd in its own session, so it outlives the script (and CI's process group).
start_dockerd() {
  # Tests never pull, and a pull must not even ask the host's DNS for the registry: dockerd
  # gets a proxy that refuses at once (nothing listens on 127.0.0.1:9), so an image missing
  # by mistake fails on this machine, with no traffic leaving it.
  # shellcheck disable=SC2086  # DOCKERD_CMD is a command line
  HTTP_PROXY=http://127.0.0.1:9 HTTPS_PROXY=http://127.0.0.1:9 NO_PROXY=localhost,127.0.0.0/8 \
    setsid $DOCKERD_CMD >>"$DOCKERD_LOG" 2>&1 </dev/null &
  DOCKERD_STARTED_PID=$!
}

# Waits until `docker info` answers, at most $1 seconds. Returns 1 on time-out, or at once if
# the dockerd we started has died (a bad flag, a second daemon on the same pidfile…).
wait_for_docker() {
  local limit="$1" start=$SECONDS
  until docker info >/dev/null 2>&1; do
    if (( SECONDS - start >= limit )); then return 1; fi
    if [ -n "${DOCKERD_STARTED_PID:-}" ] && ! kill -0 "$DOCKERD_STARTED_PID" 2>/dev/null; then
      echo "dockerd exited while starting" >&2
      return 1
    fi
    sleep 0.2
  done
}

dockerd_log_tail() {
  echo "---- last lines of $DOCKERD_LOG ----" >&2
  tail -n 30 "$DOCKERD_LOG" >&2 2>/dev/null || echo "(no log at $DOCKERD_LOG)" >&2
  echo "-------------------------------------" >&2
}

#!/usr/bin/env bash
# Makes a real Docker engine ready for the tests, on a fresh Debian 12 machine or on one where
# it already runs (idempotent; runs as root, no stdin):
#   1. installs what is missing of the packages below;
#   2. starts dockerd if `docker info` does not answer, and waits for it (60 s at most);
#   3. closes the uplink door (DESIGN.md: tests never send traffic off the machine);
#   4. builds the fixture images (.ci/fixtures/build-images.sh; no registry can be reached).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=lib/dockerd.sh
source "$here/lib/dockerd.sh"
# shellcheck source=lib/uplink-door.sh
source "$here/lib/uplink-door.sh"

say() { printf '[setup-docker] %s\n' "$*"; }
die() { printf '[setup-docker] ERROR: %s\n' "$*" >&2; exit 1; }
t0=$SECONDS

[ "$(id -u)" = 0 ] || die "run me as root"

packages=(docker.io busybox-static iptables bridge-utils curl iproute2 procps tmux iputils-ping netcat-openbsd)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  say "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # Recommends (git, apparmor, needrestart…) are not needed to run an engine.
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  say "packages: all present"
fi

if docker info >/dev/null 2>&1; then
  say "dockerd: already answering"
else
  say "dockerd: starting (log: $DOCKERD_LOG)"
  start_dockerd
  if ! wait_for_docker 60; then
    dockerd_log_tail
    die "dockerd is not answering (waited at most 60 s; its log is above)"
  fi
  say "dockerd: answering after $((SECONDS - t0)) s"
fi
say "engine: $(docker version -f 'server {{.Server.Version}}, client {{.Client.Version}}')"

close_uplink_door || { dockerd_log_tail; die "could not close the uplink door"; }
say "uplink door: closed ($(uplink_door_rules | tr '\n' ';' | sed 's/;$//'))"

bash "$here/fixtures/build-images.sh"
say "ready in $((SECONDS - t0)) s"

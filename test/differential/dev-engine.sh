#!/usr/bin/env bash
# A private Docker engine for developing the differential suite on a machine whose dockerd
# others are using: restarting the shared dockerd (which the suite does before every scenario)
# would stop their containers. This one lives in its own network namespace (its own docker0,
# iptables and addresses, no uplink at all), with its own data root, socket and pidfile.
#
#   bash test/differential/dev-engine.sh start    # creates it and builds the fixture images
#   bash test/differential/dev-engine.sh env       # prints its environment, for eval
#   bash test/differential/dev-engine.sh run CMD…  # runs CMD against it (see below)
#   bash test/differential/dev-engine.sh stop      # stops it, deletes the namespace and its data
#
# DLT_DEV_NAME (default dlt-dev) names the namespace and every path, so that several private
# engines can live side by side (test/differential/two-node-engine.sh starts dlt-n1 and dlt-n2).
# DLT_DEV_HOSTNAME (default: none, the machine's) gives the engine a UTS namespace of its own
# with that hostname: what `docker info` and `docker node ls` print as its name.
# DLT_DEV_BIND_EXEC_ROOT=1 makes `run` also mount its exec root at /var/run/docker, so that
# `nsenter --net=/var/run/docker/netns/…` reaches its namespaces (rbind: they are mounts).
#
# Run the suite or the recorder in it:
#   bash test/differential/dev-engine.sh run env DOCKERLINGS_REAL=1 npx vitest run test/differential
#   bash test/differential/dev-engine.sh run npx tsx scripts/record-real.ts 04
# `run` enters its network namespace (host commands such as `ip addr`, `brctl show`, `iptables`
# in the scenarios must see it) with a private mount namespace in which its socket is also
# mounted at /var/run/docker.sock, for scenarios that talk to that path (curl --unix-socket).
# dockerd itself resolves `-v /var/run/docker.sock:…` in the host's mounts: a scenario that
# mounts the socket into a container reaches the host's default engine, not this one.
set -euo pipefail

name="${DLT_DEV_NAME:-dlt-dev}"
case "$name" in dlt-*) ;; *) echo "DLT_DEV_NAME must start with dlt- (got '$name')" >&2; exit 2 ;; esac
ns=$name
data=/var/lib/$name-docker
exec_root=/var/run/$name-docker
sock=/var/run/$name-docker.sock
pidfile=/var/run/$name-docker.pid
log=/tmp/$name-dockerd.log
anchor=/var/run/$name-anchor.pid
# Its own daemon.json and key.json, i.e. its own engine ID: without them every
# private engine reads the host's /etc/docker and shares the default engine's ID (`docker info`).
# (20.10 takes the key's path only from daemon.json: deprecated-key-path.)
config=$data/daemon.json
uts_hostname="${DLT_DEV_HOSTNAME:-}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

# dockerd must see the host's mounts (cgroups under /sys/fs/cgroup), which `ip netns exec`
# hides by remounting /sys. PID 1's namespaces are out of reach here, so a sleeping "anchor"
# process started in the host's mount namespace lends us its namespace.
# With DLT_DEV_HOSTNAME the anchor also holds the UTS namespace that carries the hostname.
uts_opt=''
[ -n "$uts_hostname" ] && uts_opt="--uts=/proc/\$(cat $anchor 2>/dev/null)/ns/uts "
dockerd_cmd="nsenter --mount=/proc/\$(cat $anchor 2>/dev/null)/ns/mnt ${uts_opt}--net=/var/run/netns/$ns dockerd --config-file $config --data-root $data --exec-root $exec_root --pidfile $pidfile -H unix://$sock"

print_env() {
  cat <<ENV
export DLT_NETNS=$ns
export DOCKER_HOST=unix://$sock
export DOCKERD_PIDFILE=$pidfile
export DOCKERD_LOG=$log
export DOCKERLINGS_DOCKER_ROOT=$data
export DOCKERLINGS_DOCKER_EXEC_ROOT=$exec_root
export DOCKERD_CMD="$dockerd_cmd"
ENV
}

case "${1:-}" in
  start)
    ip netns list | awk '{print $1}' | grep -qx -- "$ns" || ip netns add "$ns"
    ip netns exec "$ns" ip link set lo up
    if ! { [ -f "$anchor" ] && kill -0 "$(cat "$anchor")" 2>/dev/null; }; then
      if [ -n "$uts_hostname" ]; then
        # unshare and sh exec in place: $! is the sleeping anchor's PID.
        setsid unshare --uts sh -c 'hostname "$1" && exec sleep infinity' _ "$uts_hostname" </dev/null >/dev/null 2>&1 &
      else
        setsid sleep infinity </dev/null >/dev/null 2>&1 &
      fi
      echo $! > "$anchor"
    fi
    mkdir -p "$data" "$exec_root"
    [ -f "$config" ] || printf '{ "deprecated-key-path": "%s" }\n' "$data/key.json" > "$config"
    eval "$(print_env)"
    ip netns exec "$ns" bash "$root/scripts/restart-dockerd.sh"
    bash "$root/.ci/fixtures/build-images.sh"
    ;;
  env) print_env ;;
  run)
    shift
    eval "$(print_env)"
    # The bind mount stays in the private mount namespace `ip netns exec` creates; every restart
    # makes a new socket, so restart-dockerd.sh mounts it again (never set this outside `run`:
    # in the host's mounts it would hide the default engine's socket).
    export DOCKERD_POST_START="umount /var/run/docker.sock 2>/dev/null; mount --bind $sock /var/run/docker.sock"
    uts=()
    [ -n "$uts_hostname" ] && uts=(nsenter "--uts=/proc/$(cat "$anchor")/ns/uts")
    bind_exec_root=''
    [ "${DLT_DEV_BIND_EXEC_ROOT:-}" = 1 ] && bind_exec_root="$exec_root"
    exec "${uts[@]}" ip netns exec "$ns" bash -c '
      mount --bind "$1" /var/run/docker.sock || exit
      if [ -n "$2" ]; then mkdir -p /var/run/docker && mount --rbind "$2" /var/run/docker || exit; fi
      shift 2 && exec "$@"' _ "$sock" "$bind_exec_root" "$@"
    ;;
  stop)
    eval "$(print_env)"
    if [ -f "$pidfile" ]; then
      docker ps -aq | xargs -r docker rm -fv >/dev/null
      pid="$(cat "$pidfile")"; kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    fi
    # dockerd leaves its own namespace handle mounted under the exec root.
    for f in "$exec_root"/netns/*; do [ -e "$f" ] && umount "$f" 2>/dev/null; done
    ip netns del "$ns" 2>/dev/null || true
    [ -f "$anchor" ] && kill "$(cat "$anchor")" 2>/dev/null; rm -f "$anchor"
    rm -rf "$data" "$exec_root" "$sock"
    ;;
  *) echo "usage: $0 start|env|run CMD…|stop" >&2; exit 2 ;;
esac

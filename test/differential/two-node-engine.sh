#!/usr/bin/env bash
# Two private Docker engines on one simulated LAN, the real counterpart of the simulator's
# two-host lab: docker-host (eth0 10.0.2.15/24) and docker-host2 (eth0 10.0.2.16/24), gateway
# 10.0.2.2. Each engine is a dev-engine.sh engine (DLT_DEV_NAME=dlt-n1 / dlt-n2) with its own
# network namespace, data root, exec root, socket, and a UTS namespace carrying its hostname.
#
#   bash test/differential/two-node-engine.sh start        # both engines + fixture images
#   bash test/differential/two-node-engine.sh run N CMD…   # CMD on node N (1 or 2)
#   bash test/differential/two-node-engine.sh env N        # node N's environment, for eval
#   bash test/differential/two-node-engine.sh check-vxlan  # VXLAN between the two namespaces
#   bash test/differential/two-node-engine.sh stop         # leave swarm, remove all, delete
#
# The LAN is one veth pair whose ends are both called eth0, one in each namespace: nothing
# else is on it, so nothing answers for the gateway 10.0.2.2 and no packet can leave the
# machine (there is no link to the host's namespace at all). The default route via 10.0.2.2
# is there because the simulated lab has it, and because dockerd picks the address of the
# default route's interface when `docker swarm init`/`join` is not told one.
# Fixture images: DLT_TWO_NODE_IMAGES (default 'busybox', what the two-node stories use; 'all'
# for every image) is handed to build-images.sh as FIXTURES_ONLY.
# `run` mounts the node's socket at /var/run/docker.sock and its exec root at /var/run/docker in
# a private mount namespace, and enters its UTS namespace: `hostname` prints the node's name.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dev="$here/dev-engine.sh"
hostnames=(docker-host docker-host2)
addrs=(10.0.2.15 10.0.2.16)
macs=(52:54:00:12:34:56 52:54:00:12:34:57)
gateway=10.0.2.2

die() { printf 'two-node-engine: %s\n' "$*" >&2; exit 1; }
say() { printf '[two-node] %s\n' "$*" >&2; }
node_ok() { [ "${1:-}" = 1 ] || [ "${1:-}" = 2 ] || die "node must be 1 or 2 (got '${1:-}')"; }

# Runs dev-engine.sh for node $1 with the rest of the arguments.
dev_engine() {
  local n="$1"; shift
  DLT_DEV_NAME="dlt-n$n" DLT_DEV_HOSTNAME="${hostnames[n-1]}" DLT_DEV_BIND_EXEC_ROOT=1 bash "$dev" "$@"
}

ns_exists() { ip netns list | awk '{print $1}' | grep -qx -- "$1"; }

make_lan() {
  local n
  for n in 1 2; do
    ns_exists "dlt-n$n" || ip netns add "dlt-n$n"
    ip -n "dlt-n$n" link set lo up
  done
  if ! ip -n dlt-n1 link show eth0 >/dev/null 2>&1; then
    # Both ends are created inside the namespaces: the host's namespace never sees them.
    ip -n dlt-n1 link add eth0 address "${macs[0]}" type veth peer name eth0 address "${macs[1]}" netns dlt-n2
  fi
  for n in 1 2; do
    ip -n "dlt-n$n" addr replace "${addrs[n-1]}/24" brd + dev eth0
    ip -n "dlt-n$n" link set eth0 up
    ip -n "dlt-n$n" route replace default via "$gateway" dev eth0
  done
}

# Two VXLAN devices (VNI 4242, UDP 4790: not docker's 4789) across the LAN, a ping through them.
check_vxlan() {
  local n ok=0
  for n in 1 2; do
    ip -n "dlt-n$n" link del dlt-vx 2>/dev/null || true
    ip -n "dlt-n$n" link add dlt-vx type vxlan id 4242 dstport 4790 remote "${addrs[2-n]}" local "${addrs[n-1]}" dev eth0
    ip -n "dlt-n$n" addr add "192.168.254.$n/24" dev dlt-vx
    ip -n "dlt-n$n" link set dlt-vx up
  done
  ip netns exec dlt-n1 ping -c 2 -W 1 192.168.254.2 >/dev/null && ok=1
  for n in 1 2; do ip -n "dlt-n$n" link del dlt-vx 2>/dev/null || true; done
  [ "$ok" = 1 ] || die "VXLAN between dlt-n1 and dlt-n2 does not carry a ping"
  say "VXLAN between the namespaces: ok"
}

case "${1:-}" in
  start)
    [ "$(id -u)" = 0 ] || die "run me as root"
    t0=$(date +%s%N)
    make_lan
    ip netns exec dlt-n1 ping -c 1 -W 1 "${addrs[1]}" >/dev/null || die "10.0.2.15 cannot reach 10.0.2.16"
    check_vxlan
    images="${DLT_TWO_NODE_IMAGES:-busybox}"
    [ "$images" = all ] && images=''
    # The two engines start and build their images side by side; each one's output is prefixed.
    pids=()
    for n in 1 2; do
      ( FIXTURES_ONLY="$images" dev_engine "$n" start 2>&1 | sed -u "s/^/[n$n] /" ) &
      pids+=($!)
    done
    rc=0
    for p in "${pids[@]}"; do wait "$p" || rc=1; done
    [ "$rc" = 0 ] || die "an engine did not start (logs: /tmp/dlt-n1-dockerd.log, /tmp/dlt-n2-dockerd.log)"
    for n in 1 2; do
      dev_engine "$n" run docker info --format "n$n: {{.Name}} {{.ServerVersion}}" >&2
    done
    ms=$(( ($(date +%s%N) - t0) / 1000000 ))
    say "started in $((ms / 1000)).$(printf %03d $((ms % 1000))) s"
    ;;
  run)
    node_ok "${2:-}"; n="$2"; shift 2
    [ $# -gt 0 ] || die "run N CMD…"
    dev_engine "$n" run "$@"
    ;;
  env) node_ok "${2:-}"; dev_engine "$2" env ;;
  check-vxlan) make_lan; check_vxlan ;;
  stop)
    [ "$(id -u)" = 0 ] || die "run me as root"
    for n in 2 1; do
      if [ -f "/var/run/dlt-n$n-docker.pid" ] && dev_engine "$n" run docker info >/dev/null 2>&1; then
        dev_engine "$n" run docker swarm leave --force >/dev/null 2>&1 || true
      fi
      dev_engine "$n" stop
    done
    for n in 1 2; do ns_exists "dlt-n$n" && ip netns del "dlt-n$n"; done
    say "stopped: engines, namespaces and data removed"
    ;;
  *) echo "usage: $0 start|run N CMD…|env N|check-vxlan|stop" >&2; exit 2 ;;
esac

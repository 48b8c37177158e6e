# shellcheck shell=bash
# Closes the door between containers and the machine's uplink, as DESIGN.md asks: containers
# forward what they cannot resolve or reach through the host (a ping of an unknown name asks the
# host's DNS server), and tests must never send traffic off the machine. dockerd recreates the
# DOCKER-USER chain when it starts, so this runs after every (re)start. Idempotent: `iptables -C`
# checks a rule before `-I` adds it.
#
#   source .ci/lib/uplink-door.sh; close_uplink_door
#   source .ci/lib/uplink-door.sh; open_uplink_door     # removes exactly these rules

# The uplinks: eth0 (what DESIGN.md names) and whatever carries the default route here.
uplink_interfaces() {
  { echo eth0; ip -o route show default 2>/dev/null | awk '{for (i=1;i<NF;i++) if ($i=="dev") print $(i+1)}'; } | sort -u
}

# One rule per line, as iptables arguments after the chain name.
uplink_door_rules() {
  local dev
  for dev in $(uplink_interfaces); do echo "-o $dev -j REJECT"; done
  # DNS to any server, whatever interface would carry it: the name lookups a container makes.
  echo "-p udp --dport 53 -j REJECT"
  echo "-p tcp --dport 53 -j REJECT"
}

close_uplink_door() {
  local rule
  if ! iptables -n -L DOCKER-USER >/dev/null 2>&1; then
    echo "uplink door: no DOCKER-USER chain (is dockerd running with iptables enabled?)" >&2
    return 1
  fi
  while read -r rule; do
    # shellcheck disable=SC2086  # the rule is a list of arguments
    iptables -C DOCKER-USER $rule 2>/dev/null || iptables -I DOCKER-USER $rule
  done < <(uplink_door_rules)
}

open_uplink_door() {
  local rule
  while read -r rule; do
    # shellcheck disable=SC2086
    while iptables -C DOCKER-USER $rule 2>/dev/null; do iptables -D DOCKER-USER $rule; done
  done < <(uplink_door_rules)
}

# Lesson 9: a user-defined network gets the next pool (172.18.0.0/16) and its own br-<id> bridge.
docker network create dlt-net
docker network create dlt-net
docker network ls
docker network inspect -f '{{.Name}} {{.Driver}} {{.Scope}} {{range .IPAM.Config}}{{.Subnet}} {{.Gateway}}{{end}}' dlt-net
docker network inspect dlt-net
docker network ls --filter driver=bridge --format '{{.Name}}'
ip -br link show type bridge
iptables -t nat -S POSTROUTING
docker network rm dlt-net
docker network rm dlt-net
docker network ls

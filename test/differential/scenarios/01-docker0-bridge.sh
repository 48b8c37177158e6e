# Lesson 6: docker0, a software bridge — what a fresh engine shows before any container runs.
docker network ls
docker network ls --format '{{.Name}}: {{.Driver}} ({{.Scope}})'
ip addr show docker0
ip link show master docker0
brctl show
iptables -t nat -S DOCKER
docker network inspect -f '{{range .IPAM.Config}}{{.Subnet}} via {{.Gateway}}{{end}}' bridge

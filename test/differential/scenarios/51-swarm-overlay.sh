# Lesson 10: overlay networks need swarm mode; one node, advertised on loopback; then undone.
docker network create -d overlay dlt-ov51
docker swarm init --advertise-addr 127.0.0.1 > /dev/null
sleep 3
docker network ls --format '{{.Name}} {{.Driver}} {{.Scope}}'
docker network inspect -f '{{json .IPAM.Config}} {{json .Options}}' docker_gwbridge
iptables -t nat -S POSTROUTING
docker swarm init --advertise-addr 127.0.0.1
# (an overlay's ID is 25 base-36 characters, which the normaliser leaves alone: not printed)
> /dev/null docker network create -d overlay dlt-ov51
> /dev/null docker network create -d overlay --attachable dlt-ov52
docker network inspect -f '{{.Scope}} {{.Attachable}} {{json .IPAM.Config}} {{.Containers}}' dlt-ov52
docker run --rm --network dlt-ov51 busybox true
docker swarm leave
docker swarm leave --force
docker swarm leave --force
docker network ls --format '{{.Name}} {{.Driver}}'
docker network rm docker_gwbridge

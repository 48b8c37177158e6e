# --subnet, --gateway, --ip-range, -o and --ip: what the network and its containers get.
docker network create --subnet 10.10.0.0/16 --gateway 10.10.0.254 --ip-range 10.10.1.0/24 -o com.docker.network.bridge.name=dlt-br42 dlt-n42
docker network inspect -f '{{json .IPAM.Config}} {{json .Options}}' dlt-n42
ip -br addr show dlt-br42
docker run -d --name dlt-s1 --network dlt-n42 busybox sleep 3600
docker run -d --name dlt-s2 --network dlt-n42 --ip 10.10.2.7 busybox sleep 3600
docker exec dlt-s1 ip -4 -o addr show eth0
docker exec dlt-s2 ip -4 -o addr show eth0
docker exec dlt-s2 ip route
docker run -d --name dlt-s3 --network dlt-n42 --ip 10.10.2.7 busybox sleep 3600
docker run -d --name dlt-s4 --network dlt-n42 --ip 10.99.0.1 busybox sleep 3600
docker network create dlt-n42b
docker run -d --name dlt-s5 --network dlt-n42b --ip 172.19.0.9 busybox sleep 3600
docker run -d --name dlt-s6 --ip 172.17.0.9 busybox sleep 3600
docker ps -a --filter name=dlt-s --format '{{.Names}} {{.Status}}'

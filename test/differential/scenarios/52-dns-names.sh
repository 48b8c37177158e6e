# The embedded DNS answers names, --network-alias, the hostname, `name.network`, in any case;
# a --link on a user network is an alias only its container resolves.
docker network create dlt-n52
docker run -d --name dlt-c52 --network dlt-n52 --network-alias dlt-alias --hostname=dlt-h52 busybox sleep 3600
docker run -d --name dlt-q52 --network dlt-n52 --link dlt-c52:dlt-db busybox sleep 3600
docker run -d --name dlt-o52 --network dlt-n52 busybox sleep 3600
docker exec dlt-q52 ping -c 1 -W 1 dlt-c52
docker exec dlt-q52 ping -c 1 -W 1 dlt-alias
docker exec dlt-q52 ping -c 1 -W 1 dlt-h52
docker exec dlt-q52 ping -c 1 -W 1 dlt-c52.dlt-n52
docker exec dlt-q52 ping -c 1 -W 1 DLT-C52
docker exec dlt-q52 ping -c 1 -W 1 dlt-db
docker exec dlt-o52 ping -c 1 -W 1 dlt-db
docker exec dlt-q52 cat /etc/hosts
docker inspect -f '{{.HostConfig.Links}} {{json .NetworkSettings.Networks}}' dlt-q52

# Lesson 8: on the default bridge, ping by address works and ping by name does not: the
# container copies the host's resolvers, it has no embedded DNS (learners' mistake 2).
docker run -d --name dlt-b1 busybox sleep 3600
docker run -d --name dlt-b2 busybox sleep 3600
docker exec dlt-b1 ping -c 1 -W 1 172.17.0.3
docker exec dlt-b1 ping -c 1 -W 1 dlt-b2
docker exec dlt-b1 cat /etc/resolv.conf
docker exec dlt-b1 cat /etc/hosts
docker exec dlt-b2 ping -c 1 -W 1 172.17.0.1

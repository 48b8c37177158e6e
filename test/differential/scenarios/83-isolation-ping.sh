# Lesson 9 (learners' mistake 19): two user-defined networks are isolated by
# DOCKER-ISOLATION-STAGE-2: no reply by address, no name; the other network's gateway is
# the host itself and answers. docker network connect adds a leg on the other bridge.
docker network create dlt-left
docker network create dlt-right
docker run -d --name dlt-l1 --network dlt-left busybox sleep 3600
docker run -d --name dlt-r1 --network dlt-right busybox sleep 3600
docker exec dlt-l1 ping -c 1 -W 1 172.19.0.2
docker exec dlt-l1 ping -c 1 -W 1 172.19.0.1
docker exec dlt-l1 ping -c 1 dlt-r1
docker network connect dlt-right dlt-l1
docker exec dlt-l1 ping -c 1 -W 1 172.19.0.2
docker exec dlt-l1 ping -c 1 -W 1 dlt-r1

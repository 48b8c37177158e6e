# Lesson 9: on a user-defined network the embedded DNS answers names and aliases.
docker network create dlt-names
docker run -d --name dlt-ua --network dlt-names busybox sleep 3600
docker run -d --name dlt-ub --network dlt-names --network-alias=dlt-db busybox sleep 3600
docker exec dlt-ua ping -c 2 dlt-ub
docker exec dlt-ua ping -c 1 dlt-db
docker exec dlt-ua ping -c 1 dlt-nosuch

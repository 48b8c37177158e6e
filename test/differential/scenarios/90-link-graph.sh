# Lesson 12: a legacy link holds the target container, not its name. Once the target is removed,
# exec, restart and start of the linking container fail, even after a new container takes the
# name (which does not carry the link's name in docker ps --no-trunc).
docker run -d --name dlt-db90 busybox sleep 3600
docker run -d --name dlt-web90 --link dlt-db90:db busybox sleep 3600
docker ps --no-trunc --filter name=dlt- --format '{{.Names}}'
docker rm -f dlt-db90
docker exec dlt-web90 true
docker run -d --name dlt-db90 busybox sleep 3600
docker ps --no-trunc --filter name=dlt- --format '{{.Names}}'
docker exec dlt-web90 cat /etc/hosts
docker restart -t 0 dlt-web90
docker ps -a --filter name=dlt-web90 --format '{{.State}} {{.Status}}'
docker inspect -f '{{.State.Error}} {{.State.ExitCode}}' dlt-web90
docker start dlt-web90

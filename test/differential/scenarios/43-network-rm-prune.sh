# docker network rm (several, in use, predefined) and prune.
docker network create dlt-n43a
docker network create dlt-n43b
docker run -d --name dlt-u43 --network dlt-n43b busybox sleep 3600
docker network rm dlt-nosuch dlt-n43a dlt-nosuch2
docker network rm dlt-n43b
docker network rm bridge
docker network rm host none
docker network rm -f dlt-nosuch
docker network create dlt-n43c
docker network prune -f
docker network prune -f
docker network prune -f --filter type=custom
docker network ls --format '{{.Name}}'

# `docker run -d ubuntu` starts bash without a terminal, which exits at once (learners' mistake 9).
docker run -d --name dlt-bash ubuntu:16.04
sleep 1
docker ps --format '{{.Names}}'
docker ps -a --filter name=dlt-bash --format '{{.Status}}'
docker inspect -f '{{.State.Status}} {{.State.ExitCode}} {{.Path}}' dlt-bash
docker exec dlt-bash ls
docker logs dlt-bash
docker run -d --name dlt-sh busybox
sleep 1
docker ps -a --filter name=dlt-sh --format '{{.Names}} {{.Status}} {{.Command}}'
docker run -d --name dlt-sleep busybox sleep 3600
docker ps --format '{{.Names}} {{.Command}}'
docker rm -f dlt-bash dlt-sh dlt-sleep

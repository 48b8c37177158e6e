# A container lives as long as its PID 1 (learners' mistake 9).
docker run --name dlt-once busybox echo hello
docker exec dlt-once ls
docker start dlt-once
docker wait dlt-once
docker logs dlt-once
docker run -d --name dlt-u ubuntu:16.04
docker wait dlt-u
docker ps -a --format '{{.Names}} {{.Status}} {{.Command}}'
docker exec dlt-u cat /etc/issue
docker run -d --name dlt-up busybox sleep 3600
docker rm dlt-up
docker stop -t 0 dlt-up
docker ps -a --filter name=dlt-up --format '{{.Names}} {{.Status}}'

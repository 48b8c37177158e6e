# kill, restart, pause, unpause, wait: what each does to the container's state.
docker run -d --name dlt-k busybox sleep 3600
docker kill dlt-k
docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' dlt-k
docker kill dlt-k
docker restart dlt-k
docker inspect -f '{{.State.Status}}' dlt-k
docker pause dlt-k
docker pause dlt-k
docker ps --filter name=dlt-k --format '{{.Status}}'
docker exec dlt-k ls
docker unpause dlt-k
docker unpause dlt-k
docker stop -t 1 dlt-k
docker wait dlt-k
docker rm dlt-k

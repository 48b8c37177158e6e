# docker ps and its formats; a container that has exited shows only with -a.
docker run -d --name dlt-p1 busybox sleep 3600
docker run --name dlt-p2 busybox echo hello
docker ps
docker ps -a
docker ps --format '{{.Names}}\t{{.Image}}\t{{.Command}}'
docker ps -a --format 'table {{.Names}}\t{{.Status}}'
docker ps -a --filter status=exited --format '{{.Names}} {{.Status}}'
docker ps -a --filter name=dlt-p1 --format '{{.Names}}'
docker ps --no-trunc --format '{{.ID}} {{.Names}}'
docker ps -q --filter name=dlt-p2

# A container whose PID 1 ends: its output, its exit code, and what remains of it.
docker run --name dlt-hi busybox echo hi
docker rm dlt-hi
docker run --rm busybox sh -c 'echo out; echo err >&2; exit 3'
docker run --rm -e GREETING=hello busybox sh -c 'echo $GREETING from $HOSTNAME'
docker run --rm -w=/etc busybox pwd
docker run --rm --entrypoint=echo busybox entry point
docker run --name dlt-once busybox sh -c 'echo done'
docker ps -a --filter name=dlt-once --format '{{.Names}} {{.Status}} {{.Command}}'
docker logs dlt-once
docker rm dlt-once
docker run --rm busybox false
docker run --rm ubuntu:16.04 cat /etc/issue

# docker logs keeps stdout and stderr apart; --tail keeps the last lines.
docker run --name dlt-lg busybox sh -c 'echo one; echo two >&2'
docker logs dlt-lg
docker run --name dlt-lg2 busybox sh -c 'echo one; echo two; echo three'
docker logs --tail 2 dlt-lg2
docker logs -n 0 dlt-lg2
docker logs dlt-nosuch
docker rm dlt-lg dlt-lg2

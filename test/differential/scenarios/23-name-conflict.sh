# Names are unique; a running container cannot be removed without -f.
docker run -d --name dlt-dup busybox sleep 3600
docker run -d --name dlt-dup busybox sleep 3600
docker create --name dlt-dup busybox
docker rm dlt-dup
docker rm dlt-dup dlt-nosuch
docker rm -f dlt-nosuch
docker rename dlt-dup dlt-dup
docker rename dlt-dup dlt-renamed
docker ps --format '{{.Names}}'
docker rm -f dlt-renamed
docker rm dlt-renamed

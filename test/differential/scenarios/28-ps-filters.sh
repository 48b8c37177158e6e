# docker ps --filter: the daemon's filters and their errors.
docker run -d --name dlt-fa -p 8080:80 --label=tier=web httpd
docker run -d --name dlt-fb --label=tier=db busybox sleep 3600
docker run --name dlt-fc ubuntu:16.04 true
docker ps --filter name=dlt-f --format '{{.Names}}'
docker ps -a --filter status=exited --format '{{.Names}}'
docker ps -a --filter status=running --format '{{.Names}}'
docker ps -a --filter ancestor=ubuntu:16.04 --format '{{.Names}}'
docker ps --filter publish=8080 --format '{{.Names}}'
docker ps --filter expose=80 --format '{{.Names}}'
docker ps --filter label=tier=db --format '{{.Names}}'
docker ps --filter label=tier --format '{{.Names}}'
docker ps --filter network=bridge --format '{{.Names}}'
docker ps -a --filter exited=0 --format '{{.Names}}'
docker ps --filter foo=bar
docker ps --filter status=sleeping
docker ps --filter name
docker ps -a -n 2 --format '{{.Names}}'
docker ps -l --format '{{.Names}}'
docker rm -f dlt-fa dlt-fb dlt-fc

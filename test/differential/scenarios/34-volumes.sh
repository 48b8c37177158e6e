# Volumes outlive containers (lesson 13).
docker volume create dlt-vol
docker volume create dlt-vol
docker volume ls --filter name=dlt-vol
docker volume inspect -f '{{.Name}} {{.Driver}} {{.Mountpoint}} {{.Scope}}' dlt-vol
docker run --rm -v dlt-vol:/data busybox sh -c 'echo kept > /data/f'
docker run --name dlt-vu -v dlt-vol:/data busybox cat /data/f
docker inspect -f '{{json .Mounts}}' dlt-vu
docker volume rm dlt-vol
docker rm dlt-vu
docker volume rm dlt-vol
docker volume inspect dlt-vol
docker volume rm dlt-vol
docker volume create 'dlt bad'

# Lessons 11-13: the images' configuration (Env, labels, VOLUMEs) as the official Dockerfiles
# have it, inherited by containers; an image's VOLUME becomes an anonymous volume.
docker image inspect -f '{{json .Config.Env}}' httpd
docker image inspect -f '{{json .Config.Env}} {{json .Config.Labels}}' nginx
docker image inspect -f '{{json .Config.Env}} {{json .Config.Volumes}}' mysql
docker image inspect -f '{{json .Config.Env}} {{json .Config.Volumes}} {{json .Config.ExposedPorts}}' docker
docker image inspect -f '{{json .Config.Env}}' docker:cli
docker image inspect -f '{{json .Config.Labels}}' ubuntu
docker run --rm alpine cat /etc/alpine-release
docker run --rm ubuntu cat /etc/issue
docker run -d --name dlt-n94 nginx
docker inspect -f '{{json .Config.Labels}}' dlt-n94
docker run -d --name dlt-m94 -e MYSQL_ROOT_PASSWORD=secret mysql
docker inspect -f '{{json .Config.Volumes}} {{len .Mounts}}' dlt-m94
docker ps --filter name=dlt-m94 --format '{{.LocalVolumes}}'

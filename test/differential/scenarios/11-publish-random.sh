# Lesson 11: -P picks host ports from 32768 on (fresh engine); -p can bind one address only.
docker run -d -P --name dlt-ng nginx
docker run -d -p 127.0.0.1:8081:80 --name dlt-local httpd
sleep 1
docker port dlt-ng
docker port dlt-local
docker ps --format '{{.Names}} {{.Ports}}'
curl -s localhost:32768
curl -s 127.0.0.1:8081
docker inspect -f '{{json .NetworkSettings.Ports}}' dlt-ng
docker inspect -f '{{json .HostConfig.PortBindings}}' dlt-local
docker run -d --name dlt-noport httpd
docker ps --filter name=dlt-noport --format '{{.Names}} {{.Ports}}'

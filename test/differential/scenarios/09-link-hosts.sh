# Lesson 12: --link writes the target into /etc/hosts (and leaks its environment).
docker run -d --name dlt-db -e MYSQL_ROOT_PASSWORD=secret mysql
docker run -d --name dlt-web02 --link dlt-db httpd
docker run -d --name dlt-web03 --link dlt-db:db httpd
docker exec dlt-web02 cat /etc/hosts
docker exec dlt-web03 cat /etc/hosts
docker exec dlt-web03 ping -c 1 -W 1 db
docker run --rm --link dlt-db:db busybox ping -c 1 -W 1 db
docker exec dlt-web02 env
docker inspect -f '{{ .HostsPath }}' dlt-web02
docker inspect -f '{{.HostConfig.Links}}' dlt-web03
docker exec dlt-db cat /etc/hosts

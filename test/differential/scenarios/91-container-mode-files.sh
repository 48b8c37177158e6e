# Lessons 10 and 11: --network container:OWNER shares the owner's namespace and, from the start,
# its hostname and its hosts, hostname and resolv.conf files; localhost is the owner's server.
docker run -d --name dlt-own91 httpd
docker run -d --name dlt-j91 --network container:dlt-own91 busybox sleep 3600
docker exec dlt-j91 hostname
docker exec dlt-j91 cat /etc/hosts
docker inspect -f '{{.Config.Hostname}} {{.HostsPath}} {{.HostnamePath}}' dlt-j91
docker inspect -f '{{.Id}}' dlt-own91
sleep 1
docker exec dlt-j91 wget -qO- localhost
docker exec dlt-j91 env
docker ps --filter name=dlt- --format '{{.Names}} {{.Ports}}'

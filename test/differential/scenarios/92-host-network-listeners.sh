# Lessons 10 and 11: a --network host container has no port map (PORTS empty, even for exposed
# ports); its server listens on the host's sockets. busybox httpd binds one IPv6 socket that
# takes IPv4 too (ss: *:PORT, busybox netstat: :::PORT), as Apache's httpd does in a container.
docker run -d --name dlt-h92 --network host --expose 8097 busybox httpd -f -p 8097
docker run -d --name dlt-b92 httpd
docker ps --filter name=dlt- --format '{{.Names}}|{{.Ports}}|'
docker inspect -f '{{json .NetworkSettings.Ports}}' dlt-h92
docker port dlt-h92
sleep 1
ss -ltn 'sport = :8097'
docker run --rm --network host busybox netstat -ltn | grep 8097
docker run --rm --network container:dlt-b92 busybox netstat -ltn

# -p in its forms, as docker port and docker ps show them.
docker run -d --name dlt-pf -p 8080:80 -p 127.0.0.1:8443:443 -p 5353:53/udp -p 9000 busybox sleep 3600
docker port dlt-pf
docker port dlt-pf 80
docker port dlt-pf 53/udp
docker port dlt-pf 443/tcp
docker port dlt-pf 81
docker port dlt-pf abc
docker ps --format '{{.Names}} {{.Ports}}'
docker inspect -f '{{json .HostConfig.PortBindings}}' dlt-pf
docker rm -f dlt-pf

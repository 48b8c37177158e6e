# The same host port twice: the second container stays Created (learners' mistake 3).
docker run -d --name dlt-p1 -p 8080:80 busybox sleep 3600
docker run -d --name dlt-p2 -p 8080:80 busybox sleep 3600
docker ps -a --format '{{.Names}} {{.Status}} {{.Ports}}'
docker start dlt-p2
docker run -d --name dlt-p3 -p 127.0.0.1:8080:80 busybox sleep 3600
docker run -d --name dlt-p4 -p 8080:80/udp busybox sleep 3600
docker ps --format '{{.Names}} {{.Ports}}'
docker rm -f dlt-p1 dlt-p2 dlt-p3 dlt-p4

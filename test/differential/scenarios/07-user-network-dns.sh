# Lesson 9: on a user-defined network, containers resolve each other by name through the
# embedded DNS server at 127.0.0.11.
docker network create dlt-dns
docker run -d --name dlt-d1 --network dlt-dns busybox sleep 3600
docker run -d --name dlt-d2 --network dlt-dns busybox sleep 3600
docker exec dlt-d1 ping -c 1 -W 1 dlt-d2
docker exec dlt-d1 cat /etc/resolv.conf
docker exec dlt-d1 nslookup dlt-d2
docker inspect -f '[{{.NetworkSettings.IPAddress}}]' dlt-d1
docker inspect -f '{{range $name, $n := .NetworkSettings.Networks}}{{$name}} {{$n.IPAddress}} {{$n.Gateway}}{{end}}' dlt-d1
docker exec dlt-d2 ip route
docker exec dlt-d1 ping -c 1 -W 1 dlt-nosuch

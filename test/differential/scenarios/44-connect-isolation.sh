# Lesson 9: two user-defined networks are isolated; docker network connect joins them.
docker network create dlt-na
docker network create dlt-nb
docker run -d --name dlt-a1 --network dlt-na busybox sleep 3600
docker run -d --name dlt-b1 --network dlt-nb busybox sleep 3600
docker exec dlt-a1 ping -c 1 -W 1 172.19.0.2
docker exec dlt-a1 ping -c 1 -W 1 dlt-b1
docker network connect dlt-nb dlt-a1
docker exec dlt-a1 ip -4 -o addr
docker exec dlt-a1 ping -c 1 -W 1 dlt-b1
docker exec dlt-a1 cat /etc/hosts
docker network inspect -f '{{range .Containers}}{{.Name}} {{.IPv4Address}} {{.MacAddress}}{{end}}' dlt-na
docker network disconnect dlt-nb dlt-a1
docker exec dlt-a1 cat /etc/hosts
docker exec dlt-a1 ping -c 1 -W 1 dlt-b1
docker network disconnect dlt-nb dlt-a1

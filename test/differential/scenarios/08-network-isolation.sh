# Lesson 9: two user-defined networks are isolated; docker network connect joins them
# (learners' mistake 19).
docker network create dlt-n1
docker network create dlt-n2
docker run -d --name dlt-i1 --network dlt-n1 busybox sleep 3600
docker run -d --name dlt-i2 --network dlt-n2 busybox sleep 3600
docker exec dlt-i1 ping -c 1 -W 1 172.19.0.2
docker exec dlt-i1 ping -c 1 -W 1 dlt-i2
docker network connect dlt-n2 dlt-i1
docker exec dlt-i1 ping -c 1 -W 1 dlt-i2
docker exec dlt-i1 ip -4 -o addr show
docker inspect -f '{{range $name, $n := .NetworkSettings.Networks}}{{$name}}={{$n.IPAddress}} {{end}}' dlt-i1
docker network connect dlt-n2 dlt-i1
docker network disconnect dlt-n2 dlt-i1
docker exec dlt-i1 ping -c 1 -W 1 dlt-i2

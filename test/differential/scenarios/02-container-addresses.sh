# Lesson 8: each container on the default bridge gets the next address of 172.17.0.0/16.
docker run -d --name dlt-a1 busybox sleep 3600
docker run -d --name dlt-a2 busybox sleep 3600
docker inspect -f '{{.NetworkSettings.IPAddress}}' dlt-a1
docker inspect -f '{{.NetworkSettings.IPAddress}}' dlt-a2
docker inspect -f '{{.NetworkSettings.Gateway}} {{.NetworkSettings.IPPrefixLen}} {{.NetworkSettings.MacAddress}}' dlt-a2
docker inspect -f '{{range $name, $n := .NetworkSettings.Networks}}{{$name}}={{$n.IPAddress}}{{end}}' dlt-a1
docker inspect -f '{{.Name}} {{.Config.Hostname}} {{.HostConfig.NetworkMode}}' dlt-a1
docker exec dlt-a1 hostname
docker exec dlt-a1 ip addr show eth0
docker exec dlt-a1 ip route

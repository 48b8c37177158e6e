# Lesson 12: --link entries in /etc/hosts, bind-mounted from the file dockerd keeps per container.
# (One link per target: with two, the engine writes them in a Go map's random order.)
docker run -d --name dlt-l1 busybox sleep 3600
docker run -d --name dlt-l2 --link dlt-l1:alias1 busybox sleep 3600
docker exec dlt-l2 cat /etc/hosts
docker inspect -f '{{ .HostsPath }}' dlt-l2
cat $(docker inspect -f '{{ .HostsPath }}' dlt-l2)
docker inspect -f '{{ .ResolvConfPath }} {{ .HostnamePath }}' dlt-l2
docker inspect -f '{{.HostConfig.Links}}' dlt-l2
docker exec dlt-l2 ping -c 1 -W 1 alias1
docker exec dlt-l1 ping -c 1 -W 1 dlt-l2

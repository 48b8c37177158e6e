# Lesson 7: each container's eth0 is one end of a veth pair; the other end is on docker0.
docker run -d --name dlt-v1 busybox sleep 3600
docker run -d --name dlt-v2 busybox sleep 3600
docker exec dlt-v1 ip addr
docker exec dlt-v2 ip link show eth0
ip link show master docker0
bridge link
brctl show docker0
ip addr show docker0
docker rm -f dlt-v2
ip link show master docker0
brctl show docker0

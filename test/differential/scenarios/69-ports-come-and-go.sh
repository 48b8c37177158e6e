# Lesson 7: removing a container removes its veth pair; docker0 loses its carrier but keeps its IPv6 address.
docker run -d --name dlt-n69 busybox sleep 3600
sleep 2
ip link show master docker0 | grep -c "master docker0"
docker rm -f dlt-n69
ip link show master docker0
ip addr show docker0
ip route show dev docker0
bridge link

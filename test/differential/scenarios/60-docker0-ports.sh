# Lesson 7: docker0 and its ports — two containers, two veth pairs, seen from the host with ip.
docker run -d --name dlt-n60a busybox sleep 3600
docker run -d --name dlt-n60b busybox sleep 3600
sleep 2
ip addr show docker0
ip link show master docker0
ip -br link show docker0
ip -br addr show docker0
ip -o link show master docker0
ip -o -4 addr show docker0
ip link show type bridge
ip link show type veth
ip addr show dlt-nosuch
ip link show master dlt-nosuch

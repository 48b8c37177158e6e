# Lesson 7: inside, eth0 is the other end of a veth: its iflink is the host veth's ifindex.
docker run -d --name dlt-n65 busybox sleep 3600
docker exec dlt-n65 ip addr
docker exec dlt-n65 ip link show eth0
docker exec dlt-n65 ip -o -4 addr
docker exec dlt-n65 ip -6 addr
ip link | grep "^$(docker exec dlt-n65 cat /sys/class/net/eth0/iflink):"
ip -br link | grep -c "@if$(docker exec dlt-n65 cat /sys/class/net/eth0/ifindex) "
docker exec dlt-n65 cat /sys/class/net/eth0/address /sys/class/net/eth0/mtu /sys/class/net/eth0/operstate /sys/class/net/lo/operstate
docker exec dlt-n65 ls /sys/class/net
docker exec dlt-n65 ifconfig eth0 | head -3
docker exec dlt-n65 ip addr show foo
docker exec dlt-n65 ip link show foo
docker exec dlt-n65 ip -br addr

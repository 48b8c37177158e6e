# DESIGN.md, lesson 10: a macvlan network needs a parent that is not eth0; a veth pair made
# with `ip link add` is one. The pair starts down (the peer gets the lower index, M-DOWN while
# the other end is down); a macvlan's carrier follows its parent's.
ip link add dlt-mvp type veth peer name dlt-mvq
ip link add dlt-mvp type veth peer name dlt-mvr
ip link show dlt-mvp
ip -br link show dlt-mvq
ip -d link show dlt-mvp
docker network create -d macvlan --subnet 10.99.0.0/24 -o parent=dlt-mvp dlt-mv
docker network create -d macvlan --subnet 10.98.0.0/24 -o parent=dlt-mvp dlt-mv2
docker run -d --network dlt-mv --name dlt-mv1 busybox sleep 3600
docker exec dlt-mv1 ip addr
ip link set dlt-mvp up
ip -br link show dlt-mvp
docker exec dlt-mv1 ip link show eth0
ip link set dev dlt-mvq up
ip link show dlt-mvp
docker exec dlt-mv1 ip link show eth0
ip link set dlt-nosuch up
ip link set dlt-mvp sideways
ip link del dlt-nosuch
ip link add dlt-mvx
ip link del lo
docker rm -f dlt-mv1
docker network rm dlt-mv
ip link del dlt-mvp
ip link show dlt-mvq

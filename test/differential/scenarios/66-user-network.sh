# Lesson 9: a user-defined network is a bridge of its own, with its own rules and an embedded DNS.
docker network create dlt-n66net
docker run -d --name dlt-n66 --network dlt-n66net busybox sleep 3600
sleep 2
brctl show
ip -br addr show type bridge | grep ^br-
docker exec dlt-n66 ip route
docker exec dlt-n66 netstat -tuln | grep -c 127.0.0.11
iptables -t nat -S POSTROUTING
iptables -S DOCKER-ISOLATION-STAGE-2

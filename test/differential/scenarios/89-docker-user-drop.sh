# Lesson 11: DOCKER-USER is the learner's place in FORWARD; with br_netfilter it filters even
# between two containers on the same bridge. The rule is removed at the end.
docker run -d --name dlt-f1 busybox sleep 3600
docker run -d --name dlt-f2 busybox sleep 3600
docker exec dlt-f1 ping -c 1 -W 1 172.17.0.3
iptables -I DOCKER-USER -s 172.17.0.2 -j DROP
docker exec dlt-f1 ping -c 1 -W 1 172.17.0.3
iptables -D DOCKER-USER -s 172.17.0.2 -j DROP
docker exec dlt-f1 ping -c 1 -W 1 172.17.0.3

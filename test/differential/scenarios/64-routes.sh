# Lesson 6: the route to 172.17.0.0/16 goes through docker0 (linkdown until a container plugs in).
ip route show dev docker0
docker run -d --name dlt-n64 busybox sleep 3600
sleep 2
ip route show dev docker0
ip -6 route show dev docker0
ip route get 172.17.0.2
ip route show dev dlt-nosuch
docker exec dlt-n64 ip route
docker exec dlt-n64 ip route get 172.17.0.1
docker exec dlt-n64 route -n
docker exec dlt-n64 route
docker exec dlt-n64 netstat -rn

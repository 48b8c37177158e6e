# Lesson 7, LEARNERS #10/#20: nsenter runs the host's own ip and iptables in a container's
# network namespace: its interfaces and routes, and the embedded DNS server's DNAT rules on a
# user network (the random ports masked with sed).
docker network create dlt-n96
docker run -d --name dlt-u96 --network dlt-n96 ubuntu sleep 3600
nsenter -t $(docker inspect -f '{{.State.Pid}}' dlt-u96) -n ip -4 -o addr
nsenter --target $(docker inspect -f '{{.State.Pid}}' dlt-u96) --net -- ip link show eth0 | head -1
nsenter -n -t $(docker inspect -f '{{.State.Pid}}' dlt-u96) ip route
nsenter -n -t $(docker inspect -f '{{.State.Pid}}' dlt-u96) iptables -t nat -S | sed -E 's/(:|--[ds]port )[0-9]{4,5}/\1PORT/'
nsenter -n ip a
nsenter -t $(docker inspect -f '{{.State.Pid}}' dlt-u96) -n dlt-nosuch
nsenter -t 0 -n ip a
nsenter --n
docker rm -f dlt-u96
docker network rm dlt-n96

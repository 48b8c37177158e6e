# Lesson 9: nslookup asks 127.0.0.11, the embedded DNS. busybox sends the A and AAAA queries
# together and prints the answers as they arrive, so only their stable lines are compared.
docker network create dlt-dnsnet
docker run -d --name dlt-q1 --network dlt-dnsnet busybox sleep 3600
docker run -d --name dlt-q2 --network dlt-dnsnet busybox sleep 3600
docker exec dlt-q1 nslookup dlt-q2 | grep -E '^(Server|Address|Name)'
docker exec dlt-q1 nslookup 172.18.0.3
docker exec dlt-q1 cat /etc/resolv.conf

# Lesson 8: on the default bridge containers reach each other and the host by address;
# the replies come back with ttl 64 (one bridge, no router in between).
docker run -d --name dlt-pa busybox sleep 3600
docker run -d --name dlt-pb busybox sleep 3600
docker exec dlt-pa ping -c 2 172.17.0.3
docker exec dlt-pb ping -c 1 172.17.0.1
docker exec dlt-pa ping -c 1 -q 172.17.0.3
docker exec dlt-pa ping -c 1 127.0.0.1

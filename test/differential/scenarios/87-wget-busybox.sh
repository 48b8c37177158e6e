# Lesson 9/11: busybox wget from one container to another: by address on the default bridge,
# by name on a user network; a closed port is refused.
docker network create dlt-webnet
docker run -d --name dlt-httpd --network dlt-webnet httpd
docker run -d --name dlt-client --network dlt-webnet busybox sleep 3600
sleep 1
docker exec dlt-client wget -qO- dlt-httpd
docker exec dlt-client wget -O- http://dlt-httpd/
docker exec dlt-client wget -O- dlt-httpd:81
docker exec dlt-client wget -qO- dlt-nosuch

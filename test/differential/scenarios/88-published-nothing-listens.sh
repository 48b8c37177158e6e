# Lesson 11 (learners' mistake 7): a port published to a container where nothing listens.
# docker-proxy on 127.0.0.1 accepts, fails to reach the container and resets the connection
# (curl 56); through the DNAT rule the container itself refuses (curl 7).
docker run -d -p 8081:80 --name dlt-quiet busybox sleep 3600
curl -s localhost:8081
curl -s http://172.17.0.2/
docker exec dlt-quiet wget -qO- 127.0.0.1

# Lesson 10: none (only lo), container:<name> (share a stack), and publishing where it cannot work
# (learners' mistake 11).
docker run --rm --network none busybox ip addr
docker run -d --name dlt-owner busybox sleep 3600
docker run --rm --network container:dlt-owner busybox ip -4 -o addr show eth0
docker run --rm --network container:dlt-owner -p 8080:80 busybox true
docker run -d --name dlt-hostp --network host -p 8082:80 busybox true
docker inspect -f '{{.HostConfig.NetworkMode}}' dlt-hostp
docker run --rm --network dlt-nosuch busybox true

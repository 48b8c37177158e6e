# Lesson 2 and learners' mistake 10: an image is its own userland; minimal ones lack tools.
docker run --rm ubuntu:16.04 cat /etc/issue
docker run --rm ubuntu cat /etc/issue
docker run --rm alpine cat /etc/alpine-release
docker run --rm ubuntu:16.04 ping -c 1 127.0.0.1
docker run -d --name dlt-ub ubuntu:16.04 sleep 3600
docker exec dlt-ub ip addr
docker exec dlt-ub cat /etc/lsb-release
docker run --rm busybox ping -c 1 -W 1 127.0.0.1
docker images --format '{{.Repository}}:{{.Tag}}' ubuntu

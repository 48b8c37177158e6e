# Lesson 11: -p HOST:CONTAINER, docker-proxy and DNAT; the second bind fails (learners' mistake 3).
docker run -d -p 8080:80 --name dlt-web_svr01 httpd
sleep 1
docker ps
docker port dlt-web_svr01
docker port dlt-web_svr01 80
curl -s localhost:8080
iptables -t nat -S DOCKER
iptables -t nat -L DOCKER -n
ss -ltnp 'sport = :8080'
docker run -d -p 8080:80 --name dlt-web_svr02 httpd
docker ps -a --format '{{.Names}}\t{{.Status}}\t{{.Ports}}'
docker ps --filter publish=8080 --format '{{.Names}}'

# Publishing on a user-defined network: the DNAT and ACCEPT rules name its br-<id> bridge.
docker network create dlt-n48
docker run -d --name dlt-w48 --network dlt-n48 -p 8080:80 httpd
iptables -t nat -S
iptables -S DOCKER
iptables -S FORWARD | grep -v '^-P'
docker rm -f dlt-w48
iptables -t nat -S DOCKER

# Lesson 11: a published port is a DNAT rule in the nat table's DOCKER chain, plus a hairpin MASQUERADE.
docker run -d --name dlt-n62 -p 8080:80 httpd
sleep 1
iptables -t nat -S
iptables -t nat -S DOCKER
iptables -t nat -L -n
iptables -t nat -nL DOCKER
iptables -t nat -L DOCKER
iptables -t nat -L POSTROUTING -n -v
iptables -t nat -L DOCKER -n --line-numbers

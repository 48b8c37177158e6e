# Lesson 12: DOCKER-USER is where an administrator's own rules go; dockerd leaves them alone.
iptables -I DOCKER-USER -s 10.99.0.0/16 -p tcp --dport 8080 -j REJECT
iptables -S DOCKER-USER | grep 10.99
iptables -L DOCKER-USER -n | grep 10.99
iptables -L DOCKER-USER | grep 10.99
iptables -C DOCKER-USER -s 10.99.0.0/16 -p tcp -m tcp --dport 8080 -j REJECT --reject-with icmp-port-unreachable
iptables -D DOCKER-USER -s 10.99.0.0/16 -j DROP
iptables -D DOCKER-USER -s 10.99.0.0/16 -p tcp --dport 8080 -j REJECT
iptables -S DOCKER-USER | grep -c 10.99
iptables -A DOCKER-USER -j DLT-NOSUCH
iptables -A DLT-NOSUCH -j DROP
iptables -P DOCKER ACCEPT

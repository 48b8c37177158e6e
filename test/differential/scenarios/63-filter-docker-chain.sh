# Lesson 11: the filter table lets the DNATed traffic through to the container (DOCKER chain), and
# learners' typical option-order mistakes.
docker run -d --name dlt-n63 -p 8080:80 httpd
sleep 1
iptables -L DOCKER -n -v
iptables -L DOCKER
iptables -S DOCKER
iptables -S FORWARD | grep docker0
iptables -L DOCKER-ISOLATION-STAGE-1 -n
iptables -L DOCKER-ISOLATION-STAGE-2 -n
iptables -L -n --line-numbers DOCKER
iptables -Lnv
iptables -L DOCKER -S
iptables -t foo -L
iptables

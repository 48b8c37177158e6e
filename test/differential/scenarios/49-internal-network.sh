# An --internal network: no NAT, no way out, its own isolation rules.
docker network create --internal dlt-n49
docker network inspect -f '{{.Internal}}' dlt-n49
iptables -S DOCKER-ISOLATION-STAGE-1
iptables -S FORWARD | grep -v '^-P'
iptables -t nat -S POSTROUTING
docker network ls -f name=dlt-n49 --format '{{.Name}} {{.Internal}}'
docker network rm dlt-n49
iptables -S DOCKER-ISOLATION-STAGE-1

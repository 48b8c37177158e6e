# /etc/hosts, /etc/resolv.conf and /etc/hostname in each case: default bridge, user network,
# --hostname, --dns options, none, and a default-bridge container connected to a user network.
docker network create dlt-n45
docker run --rm busybox cat /etc/hosts /etc/resolv.conf
docker run --rm --network dlt-n45 --hostname=dlt-h45 busybox cat /etc/hosts /etc/resolv.conf /etc/hostname
docker run --rm --dns=1.1.1.1 --dns-search=example.com --dns-option=attempts:2 busybox cat /etc/resolv.conf
docker run --rm --network dlt-n45 --dns=1.1.1.1 --dns-search=example.com --dns-option=attempts:2 busybox cat /etc/resolv.conf
docker run --rm --network none busybox cat /etc/hosts
docker run -d --name dlt-r45 busybox sleep 3600
docker network connect dlt-n45 dlt-r45
docker exec dlt-r45 cat /etc/hosts /etc/resolv.conf
docker network disconnect dlt-n45 dlt-r45
docker exec dlt-r45 cat /etc/hosts /etc/resolv.conf

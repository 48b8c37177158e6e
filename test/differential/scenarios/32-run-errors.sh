# docker run's own errors, then the daemon's and runc's.
docker run --rm -p 99999:80 busybox true
docker run --rm -p abc busybox true
docker run --rm -p 8080:80/xyz busybox true
docker run --rm -p 1.2.3:80:80 busybox true
docker run --rm --expose=abc busybox true
docker run --rm --add-host=foo busybox true
docker run --rm --restart=always busybox true
docker run --rm --name=dlt-bad! busybox true
docker run --rm busybox nosuchcmd
docker run --rm busybox /bin/nosuch
docker run --rm busybox /etc/passwd
docker run --rm ubuntu:16.04 ip addr
docker run --name dlt-net --network dlt-nosuch busybox true
docker ps -a --filter name=dlt-net --format '{{.Names}} {{.Status}}'
docker run --rm --link dlt-nosuch busybox true
docker run --name dlt-ip --ip 172.17.0.99 busybox true
docker ps -a --filter name=dlt-ip --format '{{.Names}} {{.Status}}'
docker rm dlt-net dlt-ip

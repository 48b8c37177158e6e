# Lessons 2, 5 and 13: the command is PID 1 itself, an entrypoint execs its command, a `sh -c`
# list runs its head before the command it waits in; docker ps names each mount; --dns-search
# and --dns-option are kept; a tag that was never pushed untags alone.
docker run --rm busybox ps -ef
docker run -d --name dlt-s93 busybox sh -c 'echo x > /tmp/f; sleep 3600'
docker exec dlt-s93 cat /tmp/f
docker exec dlt-s93 ps | head -2
docker run -d --name dlt-tb93 -v /var/run/docker.sock:/var/run/docker.sock docker:cli sleep 7200
docker exec dlt-tb93 ps | head -2
docker exec dlt-tb93 ls -l /var/run/docker.sock | cut -d' ' -f1
docker ps --filter name=dlt-tb93 --format '{{.Mounts}}|{{.LocalVolumes}}'
docker run -d --name dlt-v93 -v dlt-vol93:/v busybox sleep 3600
docker ps --filter name=dlt-v93 --format '{{.Mounts}}|{{.LocalVolumes}}'
docker run -d --name dlt-d93 --dns-search example.com --dns-option ndots:2 busybox sleep 3600
docker inspect -f '{{json .HostConfig.DnsSearch}} {{json .HostConfig.DnsOptions}}' dlt-d93
docker tag busybox localhost:5000/dlt-mybox93
docker rmi localhost:5000/dlt-mybox93
docker rm -f dlt-v93
docker volume rm dlt-vol93

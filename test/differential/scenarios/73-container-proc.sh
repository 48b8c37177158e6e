# A container's /proc is its own PID namespace: PID 1 is its program; from the host, the same
# process has a host PID and NSpid lists both.
docker run -d --name dlt-pr busybox sleep 3600
docker exec dlt-pr cat /proc/1/cmdline
docker exec dlt-pr cat /proc/1/comm
docker exec dlt-pr grep -E '^(Name|State|PPid|Uid|Threads):' /proc/1/status
docker exec dlt-pr id
docker exec dlt-pr whoami
docker exec dlt-pr uname -s
docker exec dlt-pr sh -c 'hostname | wc -c'
cat /proc/$(docker inspect -f '{{.State.Pid}}' dlt-pr)/comm
grep NSpid /proc/$(docker inspect -f '{{.State.Pid}}' dlt-pr)/status | awk '{print $3}'
docker rm -f dlt-pr

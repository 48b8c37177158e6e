# Lesson 2/3 and learners' mistake 23: a container sees only its own processes, its program is
# PID 1 there; on the host it is an ordinary process whose parent is a containerd-shim.
docker run -d --name dlt-ps1 busybox sleep 3600
docker exec dlt-ps1 ps -o pid,ppid,comm | head -2
docker exec dlt-ps1 ps | grep -c root
docker exec dlt-ps1 ps -o pid=,args= | head -1
docker exec dlt-ps1 ps -x
docker exec dlt-ps1 ps -o foo
ps -e -o comm | grep -c '^containerd-shim$'
ps -o comm= -p $(docker inspect -f '{{.State.Pid}}' dlt-ps1)
ps -o args= -p $(docker inspect -f '{{.State.Pid}}' dlt-ps1)
ps -o comm= -p $(ps -o ppid= -p $(docker inspect -f '{{.State.Pid}}' dlt-ps1))
pgrep -c dockerd
docker rm -f dlt-ps1

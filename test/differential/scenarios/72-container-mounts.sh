# Lesson 12: a container's root is an overlay; /etc/hosts, /etc/hostname and /etc/resolv.conf
# are files of the host's disk bind-mounted into it (df and mount show them).
docker run -d --name dlt-mt busybox sleep 3600
docker exec dlt-mt df -h | grep /etc/ | awk '{print $6}'
docker exec dlt-mt df | grep -c '^overlay '
docker exec dlt-mt mount | grep ' /etc/' | cut -d' ' -f2-5
docker exec dlt-mt grep -c ' / overlay ' /proc/mounts
docker exec dlt-mt stat -c %N /etc/mtab
docker exec dlt-mt stat -c '%a %U %G %N' /etc/hosts
docker exec dlt-mt ls /nonexistent
docker exec dlt-mt ls -d /etc /bin
docker rm -f dlt-mt

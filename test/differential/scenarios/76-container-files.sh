# Files as a busybox container shows them: modes and owners of its own files, the applets as
# symlinks to /bin/busybox, and the host-managed /etc/hosts.
docker run -d --name dlt-ls busybox sleep 3600
docker exec dlt-ls ls -l /etc/hosts | awk '{print $1, $2, $3, $4, $NF}'
docker exec dlt-ls ls -ld /tmp | awk '{print $1, $3, $4}'
docker exec dlt-ls ls -ld /root | awk '{print $1}'
docker exec dlt-ls ls -l /bin/sh | awk '{print $1, $3, $(NF-2), $(NF-1), $NF}'
docker exec dlt-ls stat -c '%U:%G %a %F' /etc/passwd
docker exec dlt-ls stat -c '%A %F' /bin/sh
docker exec dlt-ls stat /nonexistent
docker rm -f dlt-ls

# busybox ps (Debian's static build, as in the fixture images): its -o columns and headers.
docker run -d --name dlt-pf busybox sleep 3600
docker exec dlt-pf ps -o user,group,comm,args | head -2
docker exec dlt-pf ps -o pid,nice,tty,stat | head -2
docker exec dlt-pf ps -o pid=A,comm=B | head -2
docker exec dlt-pf ps -o vsz,ppid,pgid,sid | head -2
docker exec dlt-pf ps -o ruser,rgroup | head -2
docker exec dlt-pf ps -o pid= | head -1
docker run --rm busybox ps -o pid,comm
docker rm -f dlt-pf

# docker exec runs in a running container only, and fails as runc fails.
docker run -d --name dlt-ex busybox sleep 3600
docker exec dlt-ex echo inside
docker exec dlt-ex sh -c 'echo $FOO; exit 5'
docker exec -e FOO=bar dlt-ex sh -c 'echo $FOO'
docker exec -w /etc dlt-ex pwd
docker exec -w /nonexistent dlt-ex pwd
docker exec dlt-ex nosuchcmd
docker exec dlt-ex /bin/nosuch
docker exec dlt-ex
docker exec dlt-nosuch ls
docker stop -t 1 dlt-ex
docker exec dlt-ex ls
docker rm dlt-ex

# Mistakes a learner makes at the prompt, and exactly what the CLI and the engine answer.
docker runn
docker ps --foo
docker rm dlt-nosuch
docker network rm bridge
docker network rm none
docker inspect dlt-nosuch
docker network inspect dlt-nosuch
docker exec dlt-nosuch ls
docker run -d --name x busybox true
docker run -d --ip 172.17.0.50 --name dlt-ip busybox sleep 5
docker network connect dlt-nosuch dlt-ip
docker network create --subnet 172.17.0.0/16 dlt-clash

# Lesson 5: the docker CLI in a container drives the engine whose socket is mounted (siblings, not
# children). Recorded on an engine reached at /var/run/docker.sock: the socket a container mounts
# is the one of the host's mount namespace, whichever dockerd the replay talks to.
docker run -d --name dlt-web50 busybox sleep 3600
docker run --rm --name dlt-dind -v /var/run/docker.sock:/var/run/docker.sock docker:cli docker ps --filter name=dlt- --format '{{.Names}}'
docker run --rm -v /var/run/docker.sock:/var/run/docker.sock docker:cli docker inspect -f '{{.Name}} {{.State.Status}}' dlt-web50
docker run --rm --entrypoint docker docker:cli ps

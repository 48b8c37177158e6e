# Typos and usage errors: cobra's and the CLI's exact texts.
docker runn
docker ps --foo
docker ps -x
docker run
docker container foo
docker container --foo
docker images --tree-view
docker stop
docker logs
docker logs a b
docker rename onlyone
docker port
docker help foo
docker ps a
docker image rm

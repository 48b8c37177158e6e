# docker create makes a container that only runs when started; start -a shows its output.
docker create --name dlt-cr busybox echo created
docker ps -a --filter name=dlt-cr --format '{{.Names}} {{.Status}}'
docker start -a dlt-cr
docker start dlt-cr
docker logs dlt-cr
docker start dlt-cr dlt-nosuch
sleep 1
docker container prune -f
docker ps -a --filter name=dlt-cr --format '{{.Names}}'

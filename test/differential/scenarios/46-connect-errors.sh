# docker network connect / disconnect: the daemon's refusals (learners' mistakes 21, 22).
docker network create dlt-n46
docker run -d --name dlt-c46 busybox sleep 3600
docker run -d --name dlt-h46 --network host busybox sleep 3600
docker run -d --name dlt-o46 --network none busybox sleep 3600
docker network connect dlt-n46 dlt-c46
docker network connect dlt-n46 dlt-c46
docker network connect dlt-n46 dlt-h46
docker network connect host dlt-c46
docker network connect none dlt-c46
docker network connect bridge dlt-o46
docker network connect --ip 172.17.0.50 bridge dlt-c46
docker network connect --ip 172.18.0.50 dlt-n46 dlt-o46
docker network connect dlt-nosuch dlt-c46
docker network connect dlt-n46 dlt-nosuch
docker network disconnect host dlt-h46
docker network disconnect dlt-n46 dlt-c46
docker network disconnect none dlt-o46
docker inspect -f '{{json .NetworkSettings.Networks}}' dlt-o46

# docker network ls and create, happy paths and the refusals learners meet (CLI and daemon).
docker network ls
docker network create dlt-n40
docker network ls -q -f name=dlt-n40
docker network ls -f type=custom --format '{{.Name}} {{.Driver}} {{.Scope}} {{.Internal}}'
docker network ls -f driver=null
docker network ls --format 'table {{.Name}}\t{{.Driver}}'
docker network create dlt-n40
docker network create --subnet 172.18.5.0/24 dlt-n40b
docker network create --subnet foo dlt-n40b
docker network create --subnet 10.20.0.0/16 --gateway 10.30.0.1 dlt-n40b
docker network create --gateway 10.30.0.1 dlt-n40b
docker network create -d foo dlt-n40b
docker network create -d overlay dlt-n40b
docker network create -d macvlan -o parent=dlt-nosuch dlt-n40b
docker network create -d host dlt-n40b
docker network ls -f foo=bar
docker network ls -f type=foo
docker network rm dlt-n40
docker network ls -q -f name=dlt-n40

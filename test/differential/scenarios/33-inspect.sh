# docker inspect finds containers, images and networks by name; what it cannot find.
docker run -d --name dlt-in busybox sleep 3600
docker inspect -f '{{.Name}}' dlt-in
docker inspect -f '{{.Name}}' dlt-in dlt-nosuch dlt-in
docker inspect dlt-nosuch
docker inspect --type container -f '{{.Name}}' bridge
docker inspect --type foo dlt-in
docker inspect -f '{{.Config.Cmd}}' busybox
docker inspect -f '{{.Name}} {{.Driver}}' bridge
docker inspect -f '{{.Foo}}' dlt-in
docker inspect -f '{{.Name' dlt-in
docker container inspect -f '{{.Name}}' dlt-in bridge
docker image inspect -f '{{.RepoTags}}' busybox dlt-nosuch
docker inspect -f '{{.State.Status}}' dlt-in
docker inspect -f '{{json .State.Running}}' dlt-in
docker rm -f dlt-in

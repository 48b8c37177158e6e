# docker network inspect: a user network's JSON, Go templates over it, host and none, errors.
docker network create --label dlt=yes dlt-n41
docker network inspect dlt-n41
docker network inspect -f '{{.Name}} {{.Driver}} {{.Scope}} {{.Internal}} {{.Attachable}}' dlt-n41 host none
docker network inspect -f '{{json .IPAM}}' dlt-n41
docker network inspect -f '{{.IPAM}}|{{.Options}}|{{.Labels}}|{{.ConfigFrom}}|{{.EnableIPv4}}|{{.Peers}}' dlt-n41
docker network inspect -f '{{range .IPAM.Config}}{{.Subnet}} {{.Gateway}}{{end}}' dlt-n41
docker network inspect host none
docker network inspect dlt-nosuch
docker network inspect -f '{{.Name}}' dlt-n41 dlt-nosuch
docker network inspect -f '{{.Foo}}' dlt-n41
docker network inspect -f '{{.Name' dlt-n41
docker network inspect --format json none
docker network ls -f label=dlt=yes --format '{{.Name}} {{.Labels}}'

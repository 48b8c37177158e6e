// `docker network inspect -f` over a real user-defined bridge network, every
// case recorded from docker CLI 28.2.2 + Engine 20.10 (command above each case).
// The typed pass runs over network.Inspect (Created is a time.Time).
import { describe, expect, it } from 'vitest';
import { inspectFormat } from '../../../src/shell/go-template/index.js';
import { network } from './fixtures/engine-data.js';

// [format, stdout, stderr, exit code]
const cases: [string, string, string, number][] = [
  // docker network inspect -f '{{.Name}} {{.Driver}} {{.Scope}}' gotpl-net
  ["{{.Name}} {{.Driver}} {{.Scope}}", "gotpl-net bridge local\n", "", 0],
  // docker network inspect -f '{{.Id}}' gotpl-net
  ["{{.Id}}", "fdd3a82cd455b5d5656d1eed17c4b963435b452124ccfca00e3764d550681d44\n", "", 0],
  // docker network inspect -f '{{.ID}}' gotpl-net
  ["{{.ID}}", "fdd3a82cd455b5d5656d1eed17c4b963435b452124ccfca00e3764d550681d44\n", "", 0],
  // docker network inspect -f '{{.Created}}' gotpl-net
  ["{{.Created}}", "2026-11-22 11:44:22.141402879 +0000 UTC\n", "", 0],
  // docker network inspect -f '{{json .Created}}' gotpl-net
  ["{{json .Created}}", "\"2026-11-22T11:44:22.141402879Z\"\n", "", 0],
  // docker network inspect -f '{{printf "%T" .Created}}' gotpl-net
  ["{{printf \"%T\" .Created}}", "time.Time\n", "", 0],
  // docker network inspect -f '{{printf "%v|%s|%d" .Created .Created .Created}}' gotpl-net
  ["{{printf \"%v|%s|%d\" .Created .Created .Created}}", "2026-11-22 11:44:22.141402879 +0000 UTC|2026-11-22 11:44:22.141402879 +0000 UTC|{141402879 63930944662 0}\n", "", 0],
  // docker network inspect -f '{{.EnableIPv4}} {{.EnableIPv6}}' gotpl-net
  ["{{.EnableIPv4}} {{.EnableIPv6}}", "false false\n", "", 0],
  // docker network inspect -f '{{.IPAM}}' gotpl-net
  ["{{.IPAM}}", "{default map[] [{10.123.0.0/24   map[]}]}\n", "", 0],
  // docker network inspect -f '{{.IPAM.Driver}}' gotpl-net
  ["{{.IPAM.Driver}}", "default\n", "", 0],
  // docker network inspect -f '{{.IPAM.Config}}' gotpl-net
  ["{{.IPAM.Config}}", "[{10.123.0.0/24   map[]}]\n", "", 0],
  // docker network inspect -f '{{range .IPAM.Config}}{{.Subnet}} gw={{.Gateway}}{{end}}' gotpl-net
  ["{{range .IPAM.Config}}{{.Subnet}} gw={{.Gateway}}{{end}}", "10.123.0.0/24 gw=\n", "", 0],
  // docker network inspect -f '{{(index .IPAM.Config 0).Subnet}}' gotpl-net
  ["{{(index .IPAM.Config 0).Subnet}}", "10.123.0.0/24\n", "", 0],
  // docker network inspect -f '{{json .IPAM}}' gotpl-net
  ["{{json .IPAM}}", "{\"Driver\":\"default\",\"Options\":{},\"Config\":[{\"Subnet\":\"10.123.0.0/24\"}]}\n", "", 0],
  // docker network inspect -f '{{json .IPAM.Config}}' gotpl-net
  ["{{json .IPAM.Config}}", "[{\"Subnet\":\"10.123.0.0/24\"}]\n", "", 0],
  // docker network inspect -f '{{.Containers}}' gotpl-net
  ["{{.Containers}}", "map[64be72c459fe55c934d797bc1f657181131bbbfc927f682a5f143e1b17c398bc:{gotpl-c 410da0152bd46aacc8c05891af239081dabd2017a748ebe13b4db62dd7efb96b 02:42:0a:7b:00:05 10.123.0.5/24 }]\n", "", 0],
  // docker network inspect -f '{{range $id, $c := .Containers}}{{$c.Name}} {{$c.IPv4Address}} {{$c.MacAddress}}{{end}}' gotpl-net
  ["{{range $id, $c := .Containers}}{{$c.Name}} {{$c.IPv4Address}} {{$c.MacAddress}}{{end}}", "gotpl-c 10.123.0.5/24 02:42:0a:7b:00:05\n", "", 0],
  // docker network inspect -f '{{range .Containers}}{{.Name}}{{end}}' gotpl-net
  ["{{range .Containers}}{{.Name}}{{end}}", "gotpl-c\n", "", 0],
  // docker network inspect -f '{{json .Containers}}' gotpl-net
  ["{{json .Containers}}", "{\"64be72c459fe55c934d797bc1f657181131bbbfc927f682a5f143e1b17c398bc\":{\"Name\":\"gotpl-c\",\"EndpointID\":\"410da0152bd46aacc8c05891af239081dabd2017a748ebe13b4db62dd7efb96b\",\"MacAddress\":\"02:42:0a:7b:00:05\",\"IPv4Address\":\"10.123.0.5/24\",\"IPv6Address\":\"\"}}\n", "", 0],
  // docker network inspect -f '{{.Options}}' gotpl-net
  ["{{.Options}}", "map[com.docker.network.bridge.name:gotplbr0]\n", "", 0],
  // docker network inspect -f '{{json .Options}}' gotpl-net
  ["{{json .Options}}", "{\"com.docker.network.bridge.name\":\"gotplbr0\"}\n", "", 0],
  // docker network inspect -f '{{index .Options "com.docker.network.bridge.name"}}' gotpl-net
  ["{{index .Options \"com.docker.network.bridge.name\"}}", "gotplbr0\n", "", 0],
  // docker network inspect -f '{{.Labels}}' gotpl-net
  ["{{.Labels}}", "map[purpose:test]\n", "", 0],
  // docker network inspect -f '{{.Labels.purpose}}' gotpl-net
  ["{{.Labels.purpose}}", "test\n", "", 0],
  // docker network inspect -f '{{.ConfigFrom}}' gotpl-net
  ["{{.ConfigFrom}}", "{}\n", "", 0],
  // docker network inspect -f '{{.ConfigFrom.Network}}' gotpl-net
  ["{{.ConfigFrom.Network}}", "\n", "", 0],
  // docker network inspect -f '{{.Peers}}' gotpl-net
  ["{{.Peers}}", "[]\n", "", 0],
  // docker network inspect -f '{{json .Peers}}' gotpl-net
  ["{{json .Peers}}", "null\n", "", 0],
  // docker network inspect -f '{{.Internal}} {{.Attachable}} {{.Ingress}} {{.ConfigOnly}}' gotpl-net
  ["{{.Internal}} {{.Attachable}} {{.Ingress}} {{.ConfigOnly}}", "false false false false\n", "", 0],
  // docker network inspect -f '{{json .}}' gotpl-net
  ["{{json .}}", "{\"Name\":\"gotpl-net\",\"Id\":\"fdd3a82cd455b5d5656d1eed17c4b963435b452124ccfca00e3764d550681d44\",\"Created\":\"2026-11-22T11:44:22.141402879Z\",\"Scope\":\"local\",\"Driver\":\"bridge\",\"EnableIPv4\":false,\"EnableIPv6\":false,\"IPAM\":{\"Driver\":\"default\",\"Options\":{},\"Config\":[{\"Subnet\":\"10.123.0.0/24\"}]},\"Internal\":false,\"Attachable\":false,\"Ingress\":false,\"ConfigFrom\":{\"Network\":\"\"},\"ConfigOnly\":false,\"Containers\":{\"64be72c459fe55c934d797bc1f657181131bbbfc927f682a5f143e1b17c398bc\":{\"Name\":\"gotpl-c\",\"EndpointID\":\"410da0152bd46aacc8c05891af239081dabd2017a748ebe13b4db62dd7efb96b\",\"MacAddress\":\"02:42:0a:7b:00:05\",\"IPv4Address\":\"10.123.0.5/24\",\"IPv6Address\":\"\"}},\"Options\":{\"com.docker.network.bridge.name\":\"gotplbr0\"},\"Labels\":{\"purpose\":\"test\"}}\n", "", 0],
  // docker network inspect -f '{{.}}' gotpl-net
  ["{{.}}", "{gotpl-net fdd3a82cd455b5d5656d1eed17c4b963435b452124ccfca00e3764d550681d44 2026-11-22 11:44:22.141402879 +0000 UTC local bridge false false {default map[] [{10.123.0.0/24   map[]}]} false false false {} false map[64be72c459fe55c934d797bc1f657181131bbbfc927f682a5f143e1b17c398bc:{gotpl-c 410da0152bd46aacc8c05891af239081dabd2017a748ebe13b4db62dd7efb96b 02:42:0a:7b:00:05 10.123.0.5/24 }] map[com.docker.network.bridge.name:gotplbr0] map[purpose:test] [] map[]}\n", "", 0],
  // docker network inspect -f '{{printf "%T" .}}' gotpl-net
  ["{{printf \"%T\" .}}", "network.Inspect\n", "", 0],
  // docker network inspect -f '{{printf "%+v" .IPAM}}' gotpl-net
  ["{{printf \"%+v\" .IPAM}}", "{Driver:default Options:map[] Config:[{Subnet:10.123.0.0/24 IPRange: Gateway: AuxAddress:map[]}]}\n", "", 0],
  // docker network inspect -f '{{.Nope}}' gotpl-net
  ["{{.Nope}}", "\n", "template parsing error: template: :1:2: executing \"\" at <.Nope>: map has no entry for key \"Nope\"\n", 1],
  // docker network inspect -f '{{.IPAM.Config.Subnet}}' gotpl-net
  ["{{.IPAM.Config.Subnet}}", "\n", "template parsing error: template: :1:7: executing \"\" at <.IPAM.Config.Subnet>: can't evaluate field Subnet in type interface {}\n", 1],
  // docker network inspect -f '{{len .Containers}}' gotpl-net
  ["{{len .Containers}}", "1\n", "", 0],
  // docker network inspect -f '{{if .Internal}}internal{{else}}external{{end}}' gotpl-net
  ["{{if .Internal}}internal{{else}}external{{end}}", "external\n", "", 0],
];

describe('docker network inspect -f (recorded from the real CLI)', () => {
  it.each(cases)('%s', (format, stdout, stderr, exitCode) => {
    expect(inspectFormat(format, [network])).toEqual({ stdout, stderr, exitCode });
  });
});

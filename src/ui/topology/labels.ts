/**
 * The picture's own words, in every course language. Docker's and Linux's names (bridge,
 * veth, eth0, DNAT, docker-proxy) stay as they are in both: they are what the learner types.
 */
export interface TopologyLabels {
  readonly title: (backend: string) => string;
  /** A lab's picture: the machines an overlay spans. */
  readonly labTitle: (backend: string, machines: number) => string;
  readonly machine: string;
  readonly thisMachine: string;
  readonly vxlan: string;
  readonly unread: string;
  readonly hostInterfaces: string;
  readonly publishedPorts: string;
  readonly network: (name: string) => string;
  readonly noContainers: string;
  readonly bridgeDown: (bridge: string) => string;
  readonly hostMode: string;
  readonly noneMode: string;
  readonly containerMode: string;
  readonly notRunning: string;
  readonly sharesWith: (owner: string) => string;
  readonly sharedBy: (names: string) => string;
  readonly onlyLo: string;
  readonly hostStack: string;
  readonly otherNamespace: string;
  readonly parent: (name: string) => string;
  readonly peers: string;
  readonly internal: string;
  readonly newMark: string;
  readonly changedMark: string;
  readonly gone: string;
  readonly noNat: string;
  readonly exited: (code: number) => string;
  readonly via: (how: string) => string;
  readonly nothing: string;
  /** What a key names, for the list of what is gone: container, network, veth, port, if. */
  readonly kinds: Readonly<Record<string, string>>;
}

const en: TopologyLabels = {
  title: (b) => `Docker host (${b})`,
  labTitle: (b, n) => `Docker lab (${b}): ${n} machines`,
  machine: 'machine',
  thisMachine: 'this machine',
  vxlan: 'VXLAN (UDP 4789) between the machines',
  unread: 'could not be read',
  hostInterfaces: 'Host interfaces',
  publishedPorts: 'Published ports',
  network: (n) => `network ${n}`,
  noContainers: 'no containers',
  bridgeDown: (b) => `${b} is DOWN: nothing is plugged in (normal)`,
  hostMode: "--network host: the host's own interfaces",
  noneMode: '--network none: only lo',
  containerMode: "--network container:…: another container's namespace",
  notRunning: 'Not running (no interfaces)',
  sharesWith: (o) => `uses ${o}'s namespace`,
  sharedBy: (n) => `shared with ${n}`,
  onlyLo: 'lo only',
  hostStack: "host's eth0, lo…",
  otherNamespace: 'another namespace',
  parent: (p) => `on parent ${p}`,
  peers: 'nodes',
  internal: 'internal',
  newMark: 'new',
  changedMark: 'changed',
  gone: 'Gone since the last picture',
  noNat: 'DNAT unknown (iptables needs root)',
  exited: (c) => `exited (${c})`,
  via: (h) => `by ${h}`,
  nothing: 'nothing',
  kinds: { container: 'container', network: 'network', veth: 'veth', port: 'port', if: 'interface' },
};

const ko: TopologyLabels = {
  title: (b) => `Docker 호스트 (${b})`,
  labTitle: (b, n) => `Docker 실습 환경 (${b}): 머신 ${n}대`,
  machine: '머신',
  thisMachine: '지금 이 머신',
  vxlan: '머신 사이 VXLAN (UDP 4789)',
  unread: '읽을 수 없음',
  hostInterfaces: '호스트 인터페이스',
  publishedPorts: '게시된 포트',
  network: (n) => `네트워크 ${n}`,
  noContainers: '컨테이너 없음',
  bridgeDown: (b) => `${b}는 DOWN: 연결된 것이 없음 (정상)`,
  hostMode: '--network host: 호스트의 인터페이스를 그대로 씀',
  noneMode: '--network none: lo만 있음',
  containerMode: '--network container:…: 다른 컨테이너의 네임스페이스',
  notRunning: '실행 중이 아님 (인터페이스 없음)',
  sharesWith: (o) => `${o}의 네임스페이스를 씀`,
  sharedBy: (n) => `${n}와 함께 씀`,
  onlyLo: 'lo만',
  hostStack: '호스트의 eth0, lo…',
  otherNamespace: '다른 네임스페이스',
  parent: (p) => `부모 ${p} 위`,
  peers: '노드',
  internal: '내부 전용',
  newMark: '새로 생김',
  changedMark: '바뀜',
  gone: '지난 그림 이후 사라짐',
  noNat: 'DNAT 알 수 없음 (iptables는 root 필요)',
  exited: (c) => `종료됨 (${c})`,
  via: (h) => `${h} 경유`,
  nothing: '없음',
  kinds: { container: '컨테이너', network: '네트워크', veth: 'veth', port: '포트', if: '인터페이스' },
};

export const topologyLabels = (lang: string): TopologyLabels => (lang === 'ko' ? ko : en);

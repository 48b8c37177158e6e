// What is random in a swarm, on top of normalise.ts: join tokens (a CA digest and a secret),
// swarm object IDs (25 characters of [a-z0-9]; 12 in `docker network ls`, 10 and 9 in the
// overlay's namespaces `1-…` and `lb_…`), networkDB's peer names, `docker info`'s engine ID.
// Applied before the common normaliser, one numbering per replayed story.
import { Numbering } from '../normalise.js';

const TOKEN = /\bSWMTKN-1-([0-9a-z]{50})-([0-9a-z]{25})\b/g;
// A swarm ID has letters beyond f (else it is hex, which normalise.ts numbers) and digits.
const SWARM_ID = /\b(?=[0-9a-z]*[g-z])(?=[0-9a-z]*[0-9])[0-9a-z]{25}\b/g;
const SWARM_SHORT = /\b(?=[0-9a-z]*[g-z])(?=[0-9a-z]*[0-9])[0-9a-z]{12}\b/g;
const OVERLAY_NS = /\b(1-|lb_)([0-9a-z]{9,10})\b/g;
const PEER_NAME = /("Name": ?")([0-9a-f]{12})(",\s*"IP")/g;
const ENGINE_ID = /\bID: [0-9A-Z]{4}(?::[0-9A-Z]{4}){11}\b/g;
// iproute2 prints a bridge id's bytes unpadded (8000.3e:9c:f0:2:ba:77): padded, the MAC rule numbers it.
const BRIDGE_ID_UNPADDED = /\b8000\.([0-9a-f]{1,2}(?::[0-9a-f]{1,2}){5})\b/g;
// Live countdowns of a bridge and its ports.
const TIMERS = /\b(gc_timer|forward_delay_timer|hold_timer|message_age_timer) +\d+\.\d\d\b/g;

export function swarmNormaliser(): (s: string) => string {
  const digests = new Numbering('ca');
  const secrets = new Numbering('secret');
  // All forms of one ID share their first 9 characters.
  const ids = new Numbering('sid');
  const peers = new Numbering('peer');
  return (input) => {
    let s = input.replace(TOKEN, (_all, d: string, t: string) => `SWMTKN-1-${digests.get(d)}-${secrets.get(t)}`);
    s = s.replace(SWARM_ID, (id) => ids.get(id.slice(0, 9)));
    s = s.replace(OVERLAY_NS, (_all, p: string, id: string) => `${p}${ids.get(id.slice(0, 9))}`);
    s = s.replace(SWARM_SHORT, (id) => ids.get(id.slice(0, 9)));
    s = s.replace(PEER_NAME, (_all, a: string, name: string, b: string) => `${a}${peers.get(name)}${b}`);
    s = s.replace(ENGINE_ID, 'ID: <engine-id>');
    s = s.replace(BRIDGE_ID_UNPADDED, (_all, mac: string) => `8000.${mac.split(':').map((b) => b.padStart(2, '0')).join(':')}`);
    s = s.replace(TIMERS, '$1 <timer>');
    // `gateway_<sandbox>`: split off, so that the common rules number the sandbox's short ID.
    s = s.replace(/\bgateway_([0-9a-f]{12})\b/g, 'gateway_ $1');
    return s;
  };
}

/**
 * What the harness's engines print that a lab VM would not (NOTES.md, "Artefacts"): the private
 * engines' paths, the veth that is each namespace's eth0, the namespaces' names.
 */
export function harnessAliases(s: string): string {
  return s
    .replace(/\/var\/(lib|run)\/dlt-n[12]-docker/g, '/var/$1/docker')
    .replace(/\beth0@if2:/g, 'eth0:')
    .replace(/\beth0@if2( +)/g, (_all, pad: string) => `eth0${pad}    `)
    .replace(/link-netns dlt-n[12]\b/g, 'link-netnsid 0');
}

/** Which userland a machine or image has: a GNU one (Debian/Ubuntu, bash) or busybox. */
export type Flavor = 'gnu' | 'busybox';

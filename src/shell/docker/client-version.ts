/** The docker CLI the simulator imitates: the static client 28.2.2 these machines ship. */
export const CLIENT_VERSION = '28.2.2';
export const CLIENT_BUILD = 'e6534b4';

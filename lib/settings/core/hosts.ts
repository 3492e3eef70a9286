/**
 * Host access granted at install: the local simulator only (loopback; match patterns ignore the
 * port, so it works on any port). The extension talks to no upstream service itself any more:
 * in production and sandbox everything goes through the organisation's gateway, whose host is
 * asked at run time, at sign-in, for that host only (optional permission).
 */
export const PRESET_HOST_PERMISSIONS = ['http://127.0.0.1/*', 'http://localhost/*'];

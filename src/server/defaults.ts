// Defaults of `entente serve`, apart from the server so that the command line can
// show them without loading the server.
export const DEFAULTS = {
  host: '127.0.0.1',
  port: 4780,
  maxUploadBytes: 10 * 1024 * 1024,
  uploadsPerMinute: 30,
} as const;

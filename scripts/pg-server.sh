#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server (the one the tests use: Debian's binaries, a
# temporary folder, 127.0.0.1 and a free port), creates a database, prints its URL
# and runs until Ctrl-C (or SIGTERM), then stops the server and deletes its folder.
#
#   scripts/pg-server.sh            # → postgres://postgres@127.0.0.1:PORT/entente
#   entente ingest samples/ --db postgres://postgres@127.0.0.1:PORT/entente
set -euo pipefail
cd "$(dirname "$0")/.."
exec node --import tsx --input-type=module -e '
import { startPostgres } from "./test/helpers/postgres-server.ts";
const server = await startPostgres();
const url = await server.createDatabase("entente");
console.log(url);
const stop = async () => { await server.stop(); process.exit(0); };
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
setInterval(() => {}, 1 << 30);
'

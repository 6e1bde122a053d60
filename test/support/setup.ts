import { setLogLevel } from "../../shared/log/logger";

// Tests keep stderr quiet unless CONCLAVE_LOG_LEVEL asks otherwise.
if (!process.env.CONCLAVE_LOG_LEVEL) setLogLevel("error");

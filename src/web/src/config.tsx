import { createContext, useContext } from "react";
import type { ApiConfig } from "./api.js";

/** Whether this server accepts writes (open, with a token, or not at all); write controls follow it. */
export const ConfigContext = createContext<ApiConfig>({ writes: "read-only", extractorVersion: "" });
export const useConfig = () => useContext(ConfigContext);
export const canWrite = (c: ApiConfig) => c.writes !== "read-only";

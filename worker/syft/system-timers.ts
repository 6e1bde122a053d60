/** The syft client's deadlines on Node's own timers (shared/syft takes timers as a parameter). */
import type { Timers } from "../../shared/syft/timers";

export const systemTimers: Timers = {
  schedule(ms, callback) {
    const timer = setTimeout(callback, ms);
    return () => clearTimeout(timer);
  },
};

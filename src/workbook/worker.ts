import { parentPort } from "node:worker_threads";

import { loadWorkbook } from "./load.js";
import type { LoadTask, LoadReply } from "./pool.js";

// Entry point of a reader worker thread: loads one file per message.
const port = parentPort;
if (port === null) throw new Error("worker.ts must run in a worker thread");

port.on("message", async (task: LoadTask) => {
  const outcome = await loadWorkbook(task.path, { converted: task.converted });
  const reply: LoadReply = { id: task.id, outcome };
  port.postMessage(reply);
});

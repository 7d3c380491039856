import { Worker } from "node:worker_threads";

import type { LoadOutcome } from "./load.js";
import type { ReadFailure } from "./types.js";
import { workerScript } from "./worker-script.js";

/** A message to a reader worker. */
export interface LoadTask {
  id: number;
  path: string;
  converted: boolean;
}

/** A reader worker's reply to one task. */
export interface LoadReply {
  id: number;
  outcome: LoadOutcome;
}

export interface TaskLimits {
  timeoutMs: number;
  memoryMb: number;
}

interface PendingTask {
  task: LoadTask;
  limits: TaskLimits;
  resolve: (outcome: LoadOutcome) => void;
}

interface Slot {
  worker: Worker;
  memoryMb: number;
  current: PendingTask | null;
  timer: NodeJS.Timeout | null;
  outOfMemory: boolean;
}

/**
 * A small pool of worker threads that read workbooks. Each worker has a
 * heap limit, and each task a wall-clock limit after which its worker is
 * terminated and replaced, so one hostile file never stalls or kills the
 * process. Idle workers do not keep the process alive.
 */
export class ReaderPool {
  private readonly slots: Slot[] = [];
  private readonly queue: PendingTask[] = [];
  private nextId = 1;
  private dispatching = false;
  private dispatchAgain = false;
  private closed = false;

  constructor(private readonly size: number) {}

  run(
    path: string,
    converted: boolean,
    limits: TaskLimits,
  ): Promise<LoadOutcome> {
    if (this.closed) return Promise.resolve(stoppedFailure());
    return new Promise((resolve) => {
      const task = { id: this.nextId++, path, converted };
      this.queue.push({ task, limits, resolve });
      void this.dispatch();
    });
  }

  /** Ends every worker; reads still running or queued fail at once. */
  async close(): Promise<void> {
    this.closed = true;
    const stopped = stoppedFailure();
    const slots = this.slots.splice(0);
    for (const slot of slots) this.settle(slot, stopped);
    for (const pending of this.queue.splice(0)) pending.resolve(stopped);
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  /** Starts queued tasks on idle workers; runs one pass at a time. */
  private async dispatch(): Promise<void> {
    if (this.dispatching) {
      this.dispatchAgain = true;
      return;
    }
    this.dispatching = true;
    try {
      do {
        this.dispatchAgain = false;
        await this.dispatchQueued();
      } while (this.dispatchAgain);
    } finally {
      this.dispatching = false;
    }
  }

  private async dispatchQueued(): Promise<void> {
    while (this.queue.length > 0 && !this.closed) {
      const pending = this.queue[0];
      if (pending === undefined) return;
      let slot: Slot | null;
      try {
        slot = await this.idleSlot(pending.limits.memoryMb);
      } catch (error) {
        this.queue.shift();
        const detail = error instanceof Error ? error.message : String(error);
        pending.resolve(
          failure("file-unreadable", {
            detail: `không khởi động được luồng đọc: ${detail}`,
          }),
        );
        continue;
      }
      if (slot === null || this.queue[0] !== pending) return;
      this.queue.shift();
      this.start(slot, pending);
    }
  }

  /** Returns an idle worker with the heap limit, starting one if room is left. */
  private async idleSlot(memoryMb: number): Promise<Slot | null> {
    const idle = this.slots.find(
      (slot) => slot.current === null && slot.memoryMb === memoryMb,
    );
    if (idle) return idle;

    const unfit = this.slots.find((slot) => slot.current === null);
    if (unfit) this.remove(unfit);
    if (this.slots.length >= this.size) return null;

    const slot = await this.spawn(memoryMb);
    if (this.closed) {
      this.remove(slot);
      return null;
    }
    return slot.current === null ? slot : null;
  }

  private async spawn(memoryMb: number): Promise<Slot> {
    const worker = new Worker(await workerScript(), {
      // The parent's flags (such as --input-type from `node -e`) may not
      // apply to a worker file; the limits below are all a reader needs.
      execArgv: [],
      resourceLimits: {
        maxOldGenerationSizeMb: memoryMb,
        maxYoungGenerationSizeMb: Math.min(64, Math.max(8, memoryMb / 8)),
      },
    });
    const slot: Slot = {
      worker,
      memoryMb,
      current: null,
      timer: null,
      outOfMemory: false,
    };
    worker.unref();

    worker.on("message", (reply: LoadReply) => this.finish(slot, reply));
    worker.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "ERR_WORKER_OUT_OF_MEMORY") slot.outOfMemory = true;
      this.fail(slot, slot.outOfMemory ? "memory" : error.message);
    });
    worker.on("exit", () =>
      this.fail(slot, slot.outOfMemory ? "memory" : "exit"),
    );

    this.slots.push(slot);
    return slot;
  }

  private start(slot: Slot, pending: PendingTask): void {
    slot.current = pending;
    slot.worker.ref();
    slot.timer = setTimeout(() => this.timeOut(slot), pending.limits.timeoutMs);
    slot.worker.postMessage(pending.task);
  }

  private finish(slot: Slot, reply: LoadReply): void {
    if (slot.current?.task.id !== reply.id) return;
    this.settle(slot, reply.outcome);
    slot.worker.unref();
    void this.dispatch();
  }

  private timeOut(slot: Slot): void {
    const seconds = Math.ceil((slot.current?.limits.timeoutMs ?? 0) / 1000);
    this.settle(slot, failure("read-timeout", { seconds }));
    this.remove(slot);
    void this.dispatch();
  }

  private fail(slot: Slot, reason: string): void {
    if (!this.slots.includes(slot)) return;
    const megabytes = slot.memoryMb;
    const outcome =
      reason === "memory"
        ? failure("read-memory-limit", { megabytes })
        : failure("file-unreadable", {
            detail: `luồng đọc tệp dừng bất thường (${reason})`,
          });
    this.settle(slot, outcome);
    this.remove(slot);
    void this.dispatch();
  }

  private settle(slot: Slot, outcome: LoadOutcome): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const current = slot.current;
    slot.current = null;
    current?.resolve(outcome);
  }

  private remove(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index !== -1) this.slots.splice(index, 1);
    void slot.worker.terminate();
  }
}

function failure(
  code: ReadFailure["code"],
  params: ReadFailure["params"],
): LoadOutcome {
  return { kind: "result", result: { ok: false, failure: { code, params } } };
}

function stoppedFailure(): LoadOutcome {
  return failure("file-unreadable", { detail: "chương trình đã dừng đọc tệp" });
}

import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import {
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rename,
  rm,
  writeFile,
} from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/**
 * Locates the reader worker's JavaScript file. From the compiled dist/ it
 * sits next to this module. When this module runs from TypeScript source
 * (under vitest), the worker and the modules it imports are transpiled
 * once into node_modules/.cache, keyed by a hash of their source.
 */
export async function workerScript(): Promise<URL> {
  const modulePath = fileURLToPath(import.meta.url);
  if (modulePath.endsWith(".js"))
    return new URL("./worker.js", import.meta.url);
  return compileFromSource(dirname(dirname(modulePath)));
}

/**
 * Sources the worker imports, relative to src/: every module of this folder
 * and the legacy-text converter. A new import from elsewhere must be added.
 */
const SOURCE_FOLDER = "workbook";
const SOURCE_FILES = ["text/legacy.ts"];

let compiled: Promise<URL> | undefined;

function compileFromSource(sourceRoot: string): Promise<URL> {
  compiled ??= compile(sourceRoot);
  return compiled;
}

async function compile(sourceRoot: string): Promise<URL> {
  const sources = await collectSources(sourceRoot);
  const hash = createHash("sha256");
  for (const [path, text] of sources)
    hash.update(path).update("\0").update(text);

  const projectRoot = dirname(sourceRoot);
  const cacheRoot = join(
    projectRoot,
    "node_modules",
    ".cache",
    "bctinh-reader",
  );
  const target = join(cacheRoot, hash.digest("hex").slice(0, 16));
  const script = join(target, "workbook", "worker.js");
  if (existsSync(script)) return pathToFileURL(script);

  await mkdir(cacheRoot, { recursive: true });
  const staging = await mkdtemp(join(cacheRoot, "staging-"));
  await transpileAll(sources, staging);
  try {
    await rename(staging, target);
  } catch {
    // Another process finished the same compilation first.
    await rm(staging, { recursive: true, force: true });
  }
  return pathToFileURL(script);
}

async function collectSources(
  sourceRoot: string,
): Promise<Map<string, string>> {
  const names = (await readdir(join(sourceRoot, SOURCE_FOLDER)))
    .filter((name) => name.endsWith(".ts"))
    .map((name) => `${SOURCE_FOLDER}/${name}`);

  const sources = new Map<string, string>();
  for (const path of [...names.sort(), ...SOURCE_FILES]) {
    sources.set(path, await readFile(join(sourceRoot, path), "utf8"));
  }
  return sources;
}

async function transpileAll(
  sources: Map<string, string>,
  outputRoot: string,
): Promise<void> {
  const { default: ts } = await import("typescript");
  await writeFile(join(outputRoot, "package.json"), '{ "type": "module" }\n');

  for (const [path, text] of sources) {
    const output = ts.transpileModule(text, {
      compilerOptions: {
        module: ts.ModuleKind.ES2022,
        target: ts.ScriptTarget.ES2022,
        esModuleInterop: true,
      },
      fileName: path,
    });
    const outputPath = join(outputRoot, path.replace(/\.ts$/, ".js"));
    await mkdir(dirname(outputPath), { recursive: true });
    await writeFile(outputPath, output.outputText);
  }
}

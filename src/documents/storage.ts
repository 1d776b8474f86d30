import fs from "node:fs";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { S3Client } from "@aws-sdk/client-s3";
import type { DocumentsConfig } from "../core/config";

/**
 * Where attached documents' bytes live: a directory of this machine by default, or an
 * S3-compatible bucket, the way several server processes (or machines) share them. Keys are
 * the server's own (never a client's file name), so nothing a client sends becomes a path.
 */
export interface DocumentStorage {
  /** Stores the file at `source` (a finished temporary file) under `key`. */
  put(key: string, source: string, size: number, mediaType: string): Promise<void>;
  get(key: string): Promise<Readable>;
  remove(key: string): Promise<void>;
  /** "ok", or why it is not usable (for /ready). */
  check(): Promise<string>;
}

class DirectoryStorage implements DocumentStorage {
  constructor(private readonly root: string) {}

  private file(key: string): string {
    const file = path.resolve(this.root, key);
    if (!file.startsWith(path.resolve(this.root) + path.sep)) throw new Error(`Storage key outside the documents directory: ${key}`);
    return file;
  }

  async put(key: string, source: string): Promise<void> {
    const target = this.file(key);
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    // Copied under a temporary name then renamed: a file is there whole or not at all.
    const partial = `${target}.partial`;
    await pipeline(fs.createReadStream(source), fs.createWriteStream(partial, { flags: "wx" }));
    await fs.promises.rename(partial, target);
  }

  async get(key: string): Promise<Readable> {
    const stream = fs.createReadStream(this.file(key));
    await new Promise<void>((resolve, reject) => {
      stream.once("open", () => resolve());
      stream.once("error", reject);
    });
    return stream;
  }

  async remove(key: string): Promise<void> {
    await fs.promises.rm(this.file(key), { force: true });
  }

  async check(): Promise<string> {
    try {
      await fs.promises.mkdir(this.root, { recursive: true });
      await fs.promises.access(this.root, fs.constants.W_OK);
      return "ok";
    } catch (error) {
      return `not writable: ${(error as Error).message}`;
    }
  }
}

/** The S3 SDK, loaded when a bucket is first used: a server keeping documents in a directory never loads it. */
const sdk = () => import("@aws-sdk/client-s3");

class BucketStorage implements DocumentStorage {
  private connected: Promise<S3Client> | null = null;

  constructor(private readonly config: NonNullable<DocumentsConfig["s3"]>) {}

  private client(): Promise<S3Client> {
    this.connected ??= sdk().then(({ S3Client }) => this.connect(S3Client));
    return this.connected;
  }

  private connect(Client: typeof S3Client): S3Client {
    const config = this.config;
    // The SDK warns that its releases after January 2027 need Node 22; this project runs on Node 20
    // (README, Start) with the SDK version its lock file pins, so the warning tells operators nothing.
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
    return new Client({
      region: config.region,
      endpoint: config.endpoint ?? undefined,
      forcePathStyle: config.forcePathStyle,
      // Checksums only where S3 requires them: S3-compatible servers do not all take the SDK's streamed trailing checksums.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
      credentials: config.accessKeyId && config.secretAccessKey ? { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey } : undefined,
    });
  }

  private key(key: string): string {
    return this.config.prefix ? `${this.config.prefix.replace(/\/+$/, "")}/${key}` : key;
  }

  async put(key: string, source: string, size: number, mediaType: string): Promise<void> {
    const { PutObjectCommand } = await sdk();
    await (await this.client()).send(new PutObjectCommand({ Bucket: this.config.bucket, Key: this.key(key), Body: fs.createReadStream(source), ContentLength: size, ContentType: mediaType }));
  }

  async get(key: string): Promise<Readable> {
    const { GetObjectCommand } = await sdk();
    const answer = await (await this.client()).send(new GetObjectCommand({ Bucket: this.config.bucket, Key: this.key(key) }));
    return answer.Body as Readable;
  }

  async remove(key: string): Promise<void> {
    const { DeleteObjectCommand } = await sdk();
    await (await this.client()).send(new DeleteObjectCommand({ Bucket: this.config.bucket, Key: this.key(key) }));
  }

  async check(): Promise<string> {
    try {
      const { HeadBucketCommand } = await sdk();
      await (await this.client()).send(new HeadBucketCommand({ Bucket: this.config.bucket }));
      return "ok";
    } catch (error) {
      return `bucket ${this.config.bucket} unreachable: ${(error as Error).name}`;
    }
  }
}

const storages = new Map<string, DocumentStorage>();

/** The storage the configuration names (one per configuration, shared by the process's requests). */
export function documentStorage(config: DocumentsConfig): DocumentStorage {
  const id = config.s3 ? `s3:${config.s3.endpoint}:${config.s3.bucket}:${config.s3.prefix}` : `dir:${config.directory}`;
  let storage = storages.get(id);
  if (!storage) {
    storage = config.s3 ? new BucketStorage(config.s3) : new DirectoryStorage(config.directory);
    storages.set(id, storage);
  }
  return storage;
}

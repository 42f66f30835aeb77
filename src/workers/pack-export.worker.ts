/// <reference lib="webworker" />
/**
 * Builds an export off the main thread: the bag as a zip stream written straight to the file
 * the user chose (or gathered into a Blob, which Chromium keeps on disk when large), the PDF
 * drawn inside it after the photos. The stream reads a few photos ahead, each opened once, so
 * memory stays bounded whatever the size of the book.
 */
import { PackError } from '@/pack';
import { exportPack, exportPdf, type ExportJobDeps, type SealedBytes } from '@/pack/export-job';
import { groupIntoMessages, splitForDigitalPost } from '@/pack/pdf';
import { pdfPartFileName } from '@/pack';
import { filePhotoStore } from './pdf-photo-store';
import { scaleForPdf } from './scale-for-pdf';
import type { ExportResult, ExportStart, FromExportWorker, ToExportWorker } from './pack-protocol';

interface WorkerScope {
  onmessage: ((e: MessageEvent<ToExportWorker>) => void) | null;
  postMessage: (message: FromExportWorker) => void;
}

const scope = self as unknown as WorkerScope;
const controller = new AbortController();
const waiting = new Map<
  number,
  { resolve: (s: SealedBytes) => void; reject: (e: Error) => void }
>();
let nextRequest = 0;

function ask(
  request: (requestId: number) => Extract<FromExportWorker, { requestId: number }>,
): Promise<SealedBytes> {
  const requestId = (nextRequest += 1);
  return new Promise((resolve, reject) => {
    waiting.set(requestId, { resolve, reject });
    scope.postMessage(request(requestId));
  });
}

function readSealed(photoId: string, role: 'original' | 'thumb' | 'print'): Promise<SealedBytes> {
  return ask((requestId) => ({ type: 'need-photo', requestId, photoId, role }));
}

/** One sealed piece of a big item: the app reads it (a Blob by reference) and sends it over. */
function readSealedChunk(itemId: string, n: number): Promise<SealedBytes> {
  return ask((requestId) => ({ type: 'need-chunk', requestId, itemId, n }));
}

async function fonts(): Promise<{ regular: Uint8Array; bold: Uint8Array }> {
  const get = async (name: string) => {
    const res = await fetch(`/fonts/atkinson-hyperlegible-${name}.ttf`);
    if (!res.ok) throw new Error(`font ${name}: ${String(res.status)}`);
    return new Uint8Array(await res.arrayBuffer());
  };
  const [regular, bold] = await Promise.all([get('regular'), get('bold')]);
  return { regular, bold };
}

async function run(start: ExportStart): Promise<ExportResult> {
  const deps: ExportJobDeps = {
    readSealed,
    readSealedChunk,
    scaleForPdf,
    pdfPhotoStore: filePhotoStore,
    signal: controller.signal,
    onProgress: (phase, done, total) => {
      scope.postMessage({ type: 'progress', phase, done, total });
    },
  };
  const input = { ...start, fonts: await fonts() };
  const { output } = start;
  if (output.kind === 'pdf') {
    const pdf = await exportPdf(input, deps);
    const parts = await splitForDigitalPost(pdf, output.maxPartBytes);
    const files = parts.map((p) => ({
      name: parts.length === 1 ? 'livsbog.pdf' : pdfPartFileName(p.index, p.count, start.locale),
      blob: new Blob([p.bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }),
      firstPage: p.firstPage,
      lastPage: p.lastPage,
      oversize: p.oversize,
    }));
    const messages = groupIntoMessages(parts).map((m) => ({
      parts: m.parts.map((p) => p.index),
      bytes: m.bytes,
      oversize: m.oversize,
    }));
    return { kind: 'pdf', files, messages };
  }
  const writer = await exportPack(input, deps);
  if ('handle' in output) {
    // The file only changes when the writable closes: a cancelled export leaves no half zip.
    const writable = await output.handle.createWritable();
    await writer.stream.pipeTo(writable, { signal: controller.signal });
    return { kind: 'saved', report: await writer.done };
  }
  const blob = await new Response(writer.stream).blob();
  return {
    kind: 'blob',
    blob: new Blob([blob], { type: 'application/zip' }),
    report: await writer.done,
  };
}

function failureCode(e: unknown): string {
  if (controller.signal.aborted) return 'cancelled';
  if (e instanceof PackError) return e.code;
  if (e instanceof DOMException && e.name === 'QuotaExceededError') return 'disk-full';
  return 'export-failed';
}

scope.onmessage = (e) => {
  const msg = e.data;
  if (msg.type === 'cancel') {
    controller.abort();
    for (const w of waiting.values()) w.reject(new DOMException('cancelled', 'AbortError'));
    waiting.clear();
    return;
  }
  if (msg.type === 'photo') {
    const w = waiting.get(msg.requestId);
    waiting.delete(msg.requestId);
    if (msg.sealed) w?.resolve(msg.sealed);
    else w?.reject(new Error('photo unreadable'));
    return;
  }
  run(msg).then(
    (result) => {
      scope.postMessage({ type: 'done', result });
    },
    (err: unknown) => {
      console.error(err);
      scope.postMessage({ type: 'failed', code: failureCode(err) });
    },
  );
};

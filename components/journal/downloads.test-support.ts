import { vi } from 'vitest';

/** What the journal view handed to the browser as downloads: the files and their names. */
export interface CapturedDownloads {
  readonly blobs: Blob[];
  readonly names: string[];
}

/**
 * Captures downloads in jsdom, which has no object URLs: the blob given to
 * URL.createObjectURL and the name of the anchor clicked. The download itself is the browser's
 * job. Undo with vi.restoreAllMocks().
 */
export function captureDownloads(): CapturedDownloads {
  const captured: CapturedDownloads = { blobs: [], names: [] };
  URL.createObjectURL = vi.fn((blob: Blob) => {
    captured.blobs.push(blob);
    return 'blob:test';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    captured.names.push(this.download);
  });
  return captured;
}

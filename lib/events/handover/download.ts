/**
 * Saves a text file through a temporary link: works in extension pages of both browsers
 * without the `downloads` permission.
 */
export function downloadTextFile(fileName: string, content: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: Firefox reads the blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves bytes as a file through the browser's download (an object URL on a link). */
export function downloadFile(parts: readonly Uint8Array[], name: string, type = 'image/png'): void {
  const url = URL.createObjectURL(
    new Blob(
      parts.map((p) => p as Uint8Array<ArrayBuffer>),
      { type },
    ),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its own reference by the time a minute has passed.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

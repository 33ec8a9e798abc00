// Saves a file that the page's circuit streams: an import's row errors live only in the page, never in the store.
export async function downloadFile(name, type, streamRef) {
  const buffer = await streamRef.arrayBuffer();
  const url = URL.createObjectURL(new Blob([buffer], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled; the address is released a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

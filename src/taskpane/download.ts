/** Offers bytes as a file download from the page (nothing is sent anywhere). */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const PDF_MIME = 'application/pdf';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function mimeOf(fileName: string): string {
  return /\.pdf$/i.test(fileName) ? PDF_MIME : /\.docx$/i.test(fileName) ? DOCX_MIME : XLSX_MIME;
}

export function downloadBytes(bytes: Uint8Array, fileName: string, mime = mimeOf(fileName)): void {
  const blob = new Blob([bytes as BlobPart], { type: mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Office.js, loaded outside Office (the browser mode), frames Microsoft's telemetry proxy three
 * seconds after it loads. The page's CSP (frame-src 'self') blocks that frame, but the blocked
 * frame's error page is still built on the page's thread: a stall of 100 ms and more, right when
 * a user picks the file. In the browser mode there is no Office to report to, so the frame is
 * never made: its logger is told it has one already (it then keeps its lines to itself).
 */
interface UlsEndpoint {
  proxyFrame: unknown;
}

export function skipOfficeTelemetryFrame(win: Window = window): void {
  const uls = (win as unknown as { OSF?: { Logger?: { ulsEndpoint?: UlsEndpoint | null } } }).OSF?.Logger?.ulsEndpoint;
  // Only the shape this Office.js has; another version is left as it is.
  if (uls && 'proxyFrame' in uls && uls.proxyFrame === null) uls.proxyFrame = win.document.createElement('iframe');
}

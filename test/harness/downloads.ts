/**
 * The downloads a page starts, caught before the browser saves them: the file name and
 * address of each `a[download]` it clicks (the party form's `Download je antwoorden`).
 */
export function watchDownloads(win: Window) {
  const seen: { name: string; href: string }[] = [];
  win.addEventListener(
    'click',
    (e) => {
      const a = (e.target as Element).closest?.('a[download]') as HTMLAnchorElement | null;
      if (!a) return;
      e.preventDefault();
      seen.push({ name: a.download, href: a.href });
    },
    true,
  );
  return seen;
}

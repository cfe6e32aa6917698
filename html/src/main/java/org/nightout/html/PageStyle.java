package org.nightout.html;

/**
 * The page's style sheet: every rule is under {@code .nno}, the class of the list's root element, so the list keeps
 * its look inside another site's page without changing that page. Mobile first: one column of cards, more as the
 * width allows; light or dark as the reader's system is set; each colour pair meets WCAG AA contrast.
 */
final class PageStyle {
    private PageStyle() {
    }

    static final String CSS = """
            .nno { --nno-bg: #f5f6f8; --nno-card: #ffffff; --nno-ink: #1a1f2b; --nno-muted: #4a5263;
              --nno-line: #d5dae2; --nno-link: #1d4ed8; --nno-focus: #b45309; --nno-head: #14213d;
              --nno-head-ink: #ffffff; --nno-head-muted: #d3dbea; --nno-button: #fca311; --nno-button-ink: #14213d;
              --nno-ok-bg: #e3f3e8; --nno-ok: #11632a; --nno-stop-bg: #fde7e7; --nno-stop: #9b1c1c;
              --nno-warn-bg: #fff1dc; --nno-warn: #7a4300; --nno-past-bg: #eceef2; --nno-past: #3d4555;
              color-scheme: light dark; color: var(--nno-ink); background: var(--nno-bg);
              font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            @media (prefers-color-scheme: dark) {
              .nno { --nno-bg: #10141c; --nno-card: #1a202b; --nno-ink: #e9edf3; --nno-muted: #b4bccb;
                --nno-line: #343d4d; --nno-link: #9dbcff; --nno-focus: #fbbf24; --nno-head: #0b1020;
                --nno-head-muted: #c3ccdc; --nno-ok-bg: #12331f; --nno-ok: #9be5b2; --nno-stop-bg: #3d1416;
                --nno-stop: #ffb3b3; --nno-warn-bg: #3a2a0c; --nno-warn: #ffd28a; --nno-past-bg: #262d3a;
                --nno-past: #d0d6e1; }
            }
            .nno *, .nno *::before, .nno *::after { box-sizing: border-box; }
            .nno a { color: var(--nno-link); text-underline-offset: 2px; }
            .nno a:focus-visible, .nno button:focus-visible, .nno input:focus-visible, .nno select:focus-visible,
            .nno summary:focus-visible { outline: 3px solid var(--nno-focus); outline-offset: 2px; border-radius: 4px; }
            .nno-wrap { max-width: 1120px; margin: 0 auto; padding: 0 16px; }
            .nno-top { background: var(--nno-head); color: var(--nno-head-ink); padding: 24px 0 20px; }
            .nno-top h1 { margin: 0 0 4px; font-size: clamp(1.5rem, 5vw, 2rem); line-height: 1.2;
              overflow-wrap: anywhere; }
            .nno-top p { margin: 0; color: var(--nno-head-muted); }
            .nno-top p:first-child { margin-bottom: 8px; }
            .nno-top a { color: var(--nno-head-ink); }
            .nno-skip { position: absolute; left: -9999px; }
            .nno-skip:focus { left: 16px; top: 8px; background: var(--nno-card); color: var(--nno-link);
              padding: 8px 12px; z-index: 1; }
            .nno-vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
              white-space: nowrap; }
            .nno-box { background: var(--nno-card); border: 1px solid var(--nno-line); border-radius: 12px;
              padding: 16px; margin: 16px 0; }
            .nno h2 { font-size: 1.25rem; margin: 0 0 12px; line-height: 1.3; }
            .nno-section { margin: 28px 0; }
            .nno-count { color: var(--nno-muted); font-weight: 400; font-size: 1rem; }
            .nno-buttons { display: flex; flex-wrap: wrap; gap: 8px; margin: 8px 0; padding: 0; list-style: none; }
            .nno-buttons a { display: inline-block; padding: 10px 14px; border-radius: 8px; font-weight: 600;
              text-decoration: none; border: 1px solid var(--nno-line); color: var(--nno-link); min-height: 44px; }
            .nno-buttons a.nno-primary { background: var(--nno-button); color: var(--nno-button-ink);
              border-color: var(--nno-button); }
            .nno-address-line { margin: 8px 0 0; font-size: .875rem; color: var(--nno-muted); overflow-wrap: anywhere; }
            .nno-address-line code { font: .8125rem ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
            .nno-filter form { display: flex; flex-wrap: wrap; gap: 12px; align-items: flex-end; margin: 0; }
            .nno-filter label { display: flex; flex-direction: column; gap: 4px; font-size: .875rem; font-weight: 600;
              flex: 1 1 10rem; min-width: 0; }
            .nno-filter select, .nno-filter input { font: inherit; font-weight: 400; padding: 8px; min-height: 44px;
              border: 1px solid var(--nno-muted); border-radius: 8px; background: var(--nno-card);
              color: var(--nno-ink); width: 100%; }
            .nno-filter button { font: inherit; font-weight: 600; padding: 10px 18px; min-height: 44px;
              border-radius: 8px; border: 0; background: var(--nno-link); color: var(--nno-card); cursor: pointer; }
            .nno-filter .nno-clear { align-self: center; }
            .nno-events { list-style: none; margin: 0; padding: 0; display: grid; gap: 12px;
              grid-template-columns: repeat(auto-fill, minmax(min(100%, 21rem), 1fr)); }
            .nno-event { background: var(--nno-card); border: 1px solid var(--nno-line); border-radius: 12px;
              padding: 14px 16px; min-width: 0; overflow-wrap: anywhere; }
            .nno-single { max-width: 46rem; }
            .nno-event h3 { font-size: 1.125rem; margin: 0 0 4px; line-height: 1.3; }
            .nno-when { margin: 0 0 6px; font-weight: 600; }
            .nno-status { display: inline-block; margin: 0 0 8px; padding: 2px 10px; border-radius: 8px;
              font-size: .875rem; }
            .nno-scheduled { background: var(--nno-ok-bg); color: var(--nno-ok); }
            .nno-cancelled { background: var(--nno-stop-bg); color: var(--nno-stop); }
            .nno-changed { background: var(--nno-warn-bg); color: var(--nno-warn); }
            .nno-past { background: var(--nno-past-bg); color: var(--nno-past); }
            .nno-facts { margin: 0; display: grid; gap: 4px; }
            .nno-facts div { display: grid; grid-template-columns: 6.5rem 1fr; gap: 8px; }
            .nno-facts dt { color: var(--nno-muted); font-size: .875rem; padding-top: 1px; }
            .nno-facts dd { margin: 0; min-width: 0; }
            .nno-address { display: block; color: var(--nno-muted); font-size: .875rem; }
            .nno-map { display: inline-block; font-size: .875rem; margin-top: 2px; }
            .nno-muted { color: var(--nno-muted); }
            .nno-desc { white-space: pre-line; margin: 8px 0 0; }
            .nno-add { margin: 10px 0 0; padding-top: 10px; border-top: 1px solid var(--nno-line); font-size: .875rem;
              display: flex; flex-wrap: wrap; gap: 4px 12px; }
            .nno-add-label { color: var(--nno-muted); width: 100%; }
            .nno-add a { display: inline-block; padding: 4px 0; }
            .nno-past-list summary { cursor: pointer; font-weight: 600; color: var(--nno-link); padding: 8px 0;
              margin-bottom: 8px; }
            .nno-empty { color: var(--nno-muted); margin: 0; }
            .nno-foot { color: var(--nno-muted); font-size: .875rem; padding: 8px 16px 32px; }
            @media (min-width: 48rem) {
              .nno-top { padding: 36px 0 28px; }
            }
            """;
}

package org.confounderlab.engine.report;

/** The report's inline style sheet; colours follow the Okabe–Ito palette of the charts. */
final class ReportStyle {

    static final String CSS = """
            body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: #222;
                   max-width: 1100px; margin: 0 auto; padding: 1.5em; line-height: 1.45; }
            h1 { margin: 0; font-size: 1.7em; }
            h2 { border-bottom: 2px solid #0072B2; padding-bottom: .2em; margin-top: 2em; }
            .subtitle { margin: .2em 0 1em; color: #666; }
            table { border-collapse: collapse; margin: .8em 0; font-size: .92em; }
            th, td { border: 1px solid #ccc; padding: .3em .6em; text-align: left; vertical-align: top; }
            th { background: #f2f5f8; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            table.facts th { width: 10em; }
            .ci { color: #555; font-size: .9em; }
            code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: .92em; word-break: break-all; }
            nav { margin: 1em 0; }
            nav a { margin-right: .9em; color: #0072B2; text-decoration: none; }
            nav a:hover { text-decoration: underline; }
            figure { margin: 1em 0; }
            figure img { max-width: 100%; height: auto; border: 1px solid #ddd; }
            figcaption { color: #555; font-size: .9em; }
            .gallery { display: flex; flex-wrap: wrap; gap: 1em; }
            .gallery figure { margin: 0; width: 300px; }
            .gallery figure img { width: 300px; height: auto; }
            .missing { color: #8a4b00; font-size: .9em; }
            .status { font-weight: bold; padding: .1em .5em; border-radius: 3px; color: #fff; }
            .status-completed { background: #009E73; }
            .status-failed { background: #D55E00; }
            .status-cancelled { background: #E69F00; color: #222; }
            .status-running { background: #0072B2; }
            .error { border-left: 5px solid #D55E00; background: #fdf0e8; padding: .5em 1em; margin: 1em 0; }
            .error pre { white-space: pre-wrap; margin: .3em 0 0; }
            .note { border-left: 5px solid #0072B2; background: #eef5fb; padding: .5em 1em; margin: 1em 0; }
            .finding { border-left: 6px solid #56B4E9; background: #f4f9fd; padding: .5em 1em; margin: .7em 0; }
            .finding p { margin: .3em 0; }
            .finding .severity { font-weight: bold; letter-spacing: .04em; }
            .finding .kind { color: #555; font-family: "DejaVu Sans Mono", monospace; font-size: .9em; }
            .finding-warning { border-left-color: #E69F00; background: #fdf6e6; }
            .finding-critical { border-left-color: #D55E00; background: #fcebe3; }
            .evidence { margin: .2em 0; font-size: .9em; }
            details { margin: .5em 0; }
            footer { margin-top: 3em; color: #888; font-size: .85em; }
            """;

    private ReportStyle() {
    }
}

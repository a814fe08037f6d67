using System.Diagnostics;
using System.Globalization;

namespace TrialLint.Cli.Commands;

/// <summary>
/// One line on standard error that says how a long run is going: records done (of how many, when known), records a
/// second, time elapsed and time left. Shown only when standard error is a terminal, never with --quiet, and only
/// after the first two seconds, so short runs and piped or redirected output see nothing. It is redrawn in place
/// (carriage return, erase line) at most five times a second, and erased before anything else is written to the
/// terminal, so findings on standard output never mix with it.
/// Hand-written rather than Spectre.Console's progress display: that display owns the whole terminal while it runs,
/// but findings stream to standard output on the same terminal during the run, and one line needs no dependency in
/// the native executable.
/// </summary>
internal sealed class ProgressLine
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);
    private readonly TextWriter _error;
    private readonly Lazy<long?> _total;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastDraw;
    private long _done;
    private bool _shown;

    private ProgressLine(TextWriter error, Func<long?> total)
    {
        _error = error;
        _total = new Lazy<long?>(total);
    }

    /// <summary>A progress line on <paramref name="error"/>, or null when none is shown (not the terminal's standard error, or --quiet).</summary>
    public static ProgressLine? Create(TextWriter error, bool quiet, Func<long?> total) =>
        quiet || !ReferenceEquals(error, Console.Error) || Console.IsErrorRedirected ? null : new ProgressLine(error, total);

    /// <summary>One more record done; redraws the line when it is time.</summary>
    public void Advance()
    {
        _done++;
        var now = _clock.Elapsed;
        if (now < Delay || now - _lastDraw < Interval) return;
        _lastDraw = now;
        _error.Write("\r\u001b[K" + Format(_done, _total.Value, now));
        _shown = true;
    }

    /// <summary>Erases the line, before other output or at the end.</summary>
    public void Clear()
    {
        if (!_shown) return;
        _error.Write("\r\u001b[K");
        _shown = false;
    }

    /// <summary>The text of the line: "1,234 of 9,910 records · 412/s · 0:03 elapsed · 0:21 left".</summary>
    internal static string Format(long done, long? total, TimeSpan elapsed)
    {
        var culture = CultureInfo.InvariantCulture;
        double rate = elapsed.TotalSeconds > 0 ? done / elapsed.TotalSeconds : 0;
        string count = total is long all && all >= done ? string.Format(culture, "{0:N0} of {1:N0} records", done, all) : string.Format(culture, "{0:N0} records", done);
        string text = string.Format(culture, "{0} · {1:N0}/s · {2} elapsed", count, rate, Clock(elapsed));
        if (total is long n && n >= done && rate > 0) text += $" · {Clock(TimeSpan.FromSeconds((n - done) / rate))} left";
        return text;
    }

    private static string Clock(TimeSpan time) =>
        time.TotalHours >= 1 ? time.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) : time.ToString(@"m\:ss", CultureInfo.InvariantCulture);
}

using Microsoft.Playwright;

namespace IopCurriculum.Web.Browser.Tests.Support;

/// <summary>
/// Debian's Chromium under Playwright (no browser download is possible here). Without Chromium the tests
/// skip on a workstation, but fail under CI, where <c>.ci/run</c> installs it.
/// </summary>
public static class Chromium
{
    /// <summary>How long one step (a navigation, a click, an element to appear) may go without happening: three minutes.</summary>
    public const float StepTimeout = 180_000;

    /// <summary>
    /// Navigation waits end when the document is parsed, not at <c>load</c>: on a loaded machine Chromium
    /// has been seen to report the network idle and never report <c>load</c> for a plain server-rendered
    /// page, and each next step waits for the element it needs anyway.
    /// </summary>
    public static readonly PageWaitForURLOptions Arrived = new() { WaitUntil = WaitUntilState.DOMContentLoaded };

    /// <inheritdoc cref="Arrived"/>
    public static readonly PageGotoOptions Arrive = new() { WaitUntil = WaitUntilState.DOMContentLoaded };

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("IOP_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Skips the test when Chromium is missing, unless this is CI.</summary>
    public static void RequireOrSkip()
    {
        if (File.Exists(ExecutablePath)) return;
        if (InCi) throw new InvalidOperationException($"Chromium is not at {ExecutablePath}: .ci/run installs the chromium package");
        Skip.If(true, $"Chromium is not at {ExecutablePath}");
    }

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-background-networking", "--disable-dev-shm-usage"],
        });
        return (playwright, browser);
    }

    /// <summary>A fresh page on <paramref name="site"/>. Waits are generous: CI machines are shared and a cold Chromium is slow.</summary>
    public static async Task<IPage> NewPageAsync(IBrowser browser, Uri site)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = site?.ToString(), ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        // Each step waits for its own progress (a page, an element); on a busy two-core machine running
        // two browsers and two hosts a step can take long without anything being wrong, so the wait is
        // generous, and a step that makes no progress in it is a real hang.
        page.SetDefaultTimeout(StepTimeout);
        page.SetDefaultNavigationTimeout(StepTimeout);
        return page;
    }

    /// <summary>Collects what went wrong on the page from now on: console errors and every answer of 400 or more.</summary>
    public static List<string> ErrorsOn(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        page.Response += (_, response) => { if (response.Status >= 400) errors.Add($"{response.Status} {response.Url}"); };
        return errors;
    }

    /// <summary>Signs in through the sign-in page, as a person would, and waits for the home page.</summary>
    public static async Task SignInAsync(IPage page, Uri site, string userName, string password)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/account/login", Chromium.Arrive);
        await page.FillAsync("#username", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(site!.ToString(), Chromium.Arrived);
    }
}

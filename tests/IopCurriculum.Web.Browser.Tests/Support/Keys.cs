using Microsoft.Playwright;

namespace IopCurriculum.Web.Browser.Tests.Support;

/// <summary>Moving through a page with the Tab key, as someone without a mouse does, checking that each stop can be seen.</summary>
public static class Keys
{
    /// <summary>More Tab presses than any page needs to reach any of its controls.</summary>
    public const int MostTabs = 80;

    /// <summary>Presses Tab until the element matching <paramref name="selector"/> has focus; fails if it never does.</summary>
    public static async Task TabToAsync(IPage page, string selector)
    {
        ArgumentNullException.ThrowIfNull(page);
        var passed = new List<string>();
        for (var i = 0; i < MostTabs; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector))
            {
                await AssertFocusVisibleAsync(page);
                return;
            }
            passed.Add(await page.EvaluateAsync<string>("() => { const e = document.activeElement; return e ? e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') : '(nothing)'; }"));
        }
        Assert.Fail($"Tab never reached {selector}; it went through {string.Join(", ", passed)}");
    }

    /// <summary>The focused element is drawn with an outline a sighted keyboard user can see.</summary>
    public static async Task AssertFocusVisibleAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var outline = await page.EvaluateAsync<string>(
            "() => { const e = document.activeElement; if (!e || !e.matches(':focus-visible')) return 'not focus-visible'; const s = getComputedStyle(e); return s.outlineStyle + ' ' + s.outlineWidth; }");
        Assert.True(outline.StartsWith("solid", StringComparison.Ordinal) && !outline.EndsWith(" 0px", StringComparison.Ordinal), $"the focused element shows no outline: {outline}");
    }
}

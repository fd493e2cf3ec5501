// Draws every <pre class="mermaid"> on the page with the Mermaid copy this server serves. A file of its
// own, not an inline script, because the pages' content security policy allows only scripts from this site.
// Diagrams keep their natural size (useMaxWidth off) and the box around them scrolls, so a wide workflow
// is not shrunk until its labels cannot be read.
mermaid.initialize({
    startOnLoad: true,
    securityLevel: 'strict',
    state: { useMaxWidth: false },
    flowchart: { useMaxWidth: false },
});

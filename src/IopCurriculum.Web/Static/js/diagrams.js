// Draws every <pre class="mermaid"> on the page with the Mermaid copy this server serves. A file of its
// own, not an inline script, because the pages' content security policy allows only scripts from this site.
mermaid.initialize({ startOnLoad: true, securityLevel: 'strict' });

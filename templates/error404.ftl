<#import "layout.ftl" as l>
<#-- Served by GitHub Pages for any missing path, at any depth: links resolve against the site's address. -->
<@l.page title="Page not found" root="" current="" base=config.site_host>
<article>
<h1>Page not found</h1>
<p>There is no page at this address. It may have moved when the course was reorganised.</p>
<p><a href="index.html">Go to the list of courses</a>.</p>
</article>
</@l.page>

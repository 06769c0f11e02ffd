<#import "layout.ftl" as l>
<#assign root = content.rootpath>
<@l.page title=content.title description=content.summary!"" root=root current=content.uri edit=content.sourcePath bundles=content.bundles!"">
<article>
<h1>${content.title}</h1>
${content.body?no_esc}
</article>
</@l.page>

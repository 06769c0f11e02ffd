<#import "layout.ftl" as l>
<#assign root = content.rootpath>
<@l.page title=content.title description=content.summary!"" root=root current=content.uri edit=content.sourcePath scripts=content.body?contains("data-applet")>
<@l.crumbs root=root/>
<article class="lesson">
<header class="page-header">
  <p class="page-kind">${(content.type == "lab")?then("Lab", "Lesson " + content.order)} · Week ${content.week}</p>
  <h1>${content.title}</h1>
  <#if content.summary?has_content><p class="page-summary">${content.summary}</p></#if>
</header>
${content.body?no_esc}
</article>
<@l.pager root=root/>
</@l.page>

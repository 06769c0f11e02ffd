<#import "layout.ftl" as l>
<#assign root = content.rootpath>
<@l.page title=content.title description=content.summary!"" root=root current=content.uri edit=content.sourcePath bundles=content.bundles!"">
<@l.crumbs root=root/>
<article class="${(content.type == "quiz")?then("quiz-page", "lesson")}">
<header class="page-header">
  <p class="page-kind">${(content.type == "lesson")?then("Lesson " + content.order, l.kind(content))} · Week ${content.week}</p>
  <h1>${content.title}</h1>
  <#if content.summary?has_content><p class="page-summary">${content.summary}</p></#if>
</header>
${content.body?no_esc}
</article>
<@l.pager root=root/>
</@l.page>

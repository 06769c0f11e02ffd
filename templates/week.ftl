<#import "layout.ftl" as l>
<#assign root = content.rootpath>
<@l.page title="Week " + content.week + ": " + content.title description=content.summary!"" root=root current=content.uri edit=content.sourcePath scripts=content.body?contains("data-applet")>
<@l.crumbs root=root/>
<article class="week">
<header class="page-header">
  <p class="page-kind">Week ${content.week}</p>
  <h1>${content.title}</h1>
</header>
${content.body?no_esc}
<#list nav as course><#if course.course == content.course><#list course.weeks as week><#if week.week == content.week>
<h2 id="this-week">This week</h2>
<ol class="card-list">
<#list week.pages as p>
  <li class="card"><a href="${root}${p.uri}"><span class="card-kind">${(p.type == "lab")?then("Lab", "Lesson " + p.order)}</span> <span class="card-title">${p.title}</span></a><#if p.summary?has_content><p>${p.summary}</p></#if></li>
</#list>
</ol>
</#if></#list></#if></#list>
</article>
<@l.pager root=root/>
</@l.page>

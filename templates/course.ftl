<#import "layout.ftl" as l>
<#assign root = content.rootpath>
<@l.page title=content.title description=content.summary!"" root=root current=content.uri edit=content.sourcePath>
<@l.crumbs root=root/>
<article class="course">
<h1>${content.title}</h1>
${content.body?no_esc}
<#list nav as course><#if course.course == content.course>
<h2 id="weeks">Weeks</h2>
<ol class="card-list">
<#list course.weeks as week>
  <li class="card"><a href="${root}${week.uri}"><span class="card-kind">Week ${week.week}</span> <span class="card-title">${week.title}</span></a><#if week.summary?has_content><p>${week.summary}</p></#if></li>
</#list>
</ol>
</#if></#list>
</article>
<@l.pager root=root/>
</@l.page>

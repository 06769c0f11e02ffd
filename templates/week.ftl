<#import "layout.ftl" as l>
<#assign root = content.rootpath>
<#assign weekPages = []>
<#list nav as course><#if course.course == content.course><#list course.weeks as week><#if week.week == content.week><#assign weekPages = week.pages></#if></#list></#if></#list>
<@l.page title="Week " + content.week + ": " + content.title description=content.summary!"" root=root current=content.uri edit=content.sourcePath bundles=content.bundles!"">
<@l.crumbs root=root/>
<article class="week">
<header class="page-header">
  <p class="page-kind">Week ${content.week}</p>
  <h1>${content.title}</h1>
</header>
${content.body?no_esc}
<#if weekPages?has_content>
<h2 id="this-week">This week</h2>
<ol class="card-list">
<#list weekPages as p>
  <li class="card"><a href="${root}${p.uri}"><span class="card-kind">${(p.type == "lesson")?then("Lesson " + p.order, l.kind(p))}</span> <span class="card-title">${p.title}</span></a><#list p.quizzes as q> <span class="quiz-progress" data-quiz-progress="${q}">Not started</span></#list><#if p.summary?has_content><p>${p.summary}</p></#if></li>
</#list>
</ol>
</#if>
</article>
<@l.pager root=root/>
</@l.page>

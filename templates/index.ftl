<#import "layout.ftl" as l>
<@l.page title="Home" description="An open, interactive course in the mathematics behind machine learning: linear algebra, calculus, probability and statistics." root="" current="index.html">
<article class="home">
<h1>${config.site_title}</h1>
<p class="lead">Linear algebra, calculus, probability and statistics, explained for people who want to understand machine learning. Every lesson has worked examples, figures you can drag, and checks you can run yourself. It all works offline too.</p>
<#list nav as course>
<section class="home-course" aria-labelledby="course-${course?index}">
  <h2 id="course-${course?index}"><a href="${course.uri}">${course.title}</a></h2>
  <#if course.summary?has_content><p>${course.summary}</p></#if>
  <ol class="card-list">
  <#list course.weeks as week>
    <li class="card"><a href="${week.uri}"><span class="card-kind">Week ${week.week}</span> <span class="card-title">${week.title}</span></a>
      <ul class="card-pages"><#list week.pages as p><li><a href="${p.uri}">${p.title}</a></li></#list></ul>
    </li>
  </#list>
  </ol>
</section>
</#list>
<p><a class="button" href="mathforml-offline.zip" download>Download the whole course</a> to read it without a network: unzip it and open <code>index.html</code>.</p>
</article>
</@l.page>

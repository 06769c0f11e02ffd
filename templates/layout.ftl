<#-- The page frame shared by every template: head, header, navigation, footer. -->
<#-- What a page inside a week is, as a short label: Lesson, Lab or Quiz. -->
<#function kind p><#if p.type == "lab"><#return "Lab"><#elseif p.type == "quiz"><#return "Quiz"><#else><#return "Lesson"></#if></#function>
<#macro page title description="" root="" current="" edit="" bundles="" base="">
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${config.site_title}</title>
<#if description?has_content><meta name="description" content="${description}"></#if>
<meta name="color-scheme" content="light dark">
<#if base?has_content><base href="${base}"></#if>
<link rel="icon" href="${root}favicon.svg" type="image/svg+xml">
<link rel="icon" href="${root}favicon.ico" sizes="any">
<link rel="stylesheet" href="${root}katex/katex.min.css">
<link rel="stylesheet" href="${root}css/site.css">
<#if bundles?has_content><link rel="stylesheet" href="${root}css/applets.css"></#if>
<link rel="stylesheet" href="${root}css/print.css" media="print">
<script src="${root}js/theme.js"></script>
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
  <button class="nav-toggle" type="button" aria-expanded="false" aria-controls="site-nav">Menu</button>
  <a class="site-title" href="${root}index.html">${config.site_title}</a>
  <button class="theme-toggle" id="theme-toggle" type="button" aria-pressed="false">
    <span class="theme-toggle-icon" aria-hidden="true"></span><span class="theme-toggle-label">Dark mode</span>
  </button>
</header>
<div class="layout">
<nav id="site-nav" class="site-nav" aria-label="Course contents">
<#list nav as course>
  <p class="nav-course"><a href="${root}${course.uri}"<#if course.uri == current> aria-current="page"</#if>>${course.title}</a></p>
  <ol class="nav-weeks">
  <#list course.weeks as week>
    <li><a href="${root}${week.uri}"<#if week.uri == current> aria-current="page"</#if>>Week ${week.week}: ${week.title}</a>
      <ol class="nav-pages">
      <#list week.pages as p>
        <li><a href="${root}${p.uri}"<#if p.uri == current> aria-current="page"</#if>><span class="nav-kind">${kind(p)}</span> ${p.title}</a></li>
      </#list>
      </ol>
    </li>
  </#list>
  </ol>
</#list>
</nav>
<main id="main" tabindex="-1">
<#nested>
</main>
</div>
<footer class="site-footer">
  <p><#if edit?has_content><a href="${config.repo_url}/edit/${config.repo_branch}/${edit}">Edit this page on GitHub</a> · </#if><a href="${root}mathforml-offline.zip" download>Download the course for offline use</a> · Original course material, written and generated in the <a href="${config.repo_url}">open repository</a>.</p>
</footer>
<script src="${root}js/site.js" defer></script>
<#-- The browser bundles this page uses, chosen by the build (PageBundles): space-separated names. -->
<#list bundles?split(" ") as b><#if b?has_content><script src="${root}js/${b}.js" defer></script>
</#if></#list>
</body>
</html>
</#macro>

<#-- Breadcrumbs and previous/next links for pages inside a course. -->
<#macro crumbs root>
<#if around.crumbs?? && around.crumbs?has_content>
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>
  <li><a href="${root}index.html">Home</a></li>
  <#list around.crumbs as c><li><a href="${root}${c.uri}"><#if c.type == "week">Week ${c.week}: </#if>${c.title}</a></li></#list>
</ol></nav>
</#if>
</#macro>

<#macro pager root>
<nav class="pager" aria-label="Previous and next page">
  <#if around.previous??><a class="pager-previous" rel="prev" href="${root}${around.previous.uri}"><span class="pager-label">Previous</span> ${around.previous.title}</a></#if>
  <#if around.next??><a class="pager-next" rel="next" href="${root}${around.next.uri}"><span class="pager-label">Next</span> ${around.next.title}</a></#if>
</nav>
</#macro>

<#ftl output_format="XML">
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>${config.site_host}index.html</loc></url>
<#list nav as course>
<url><loc>${config.site_host}${course.uri}</loc></url>
<#list course.weeks as week>
<url><loc>${config.site_host}${week.uri}</loc></url>
<#list week.pages as p>
<url><loc>${config.site_host}${p.uri}</loc></url>
</#list>
</#list>
</#list>
</urlset>

"""parse_html: the seeds wrapped in portal markup give what their text gives, without the chrome."""

from __future__ import annotations

import datetime
import html as htmllib
import re
import warnings
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import govnews
from govnews import Document
from govnews.html import html_to_text, looks_like_html, parse_html

pytest.importorskip("lxml")

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))

# Chrome strings of the invented portal: none may reach an article.
CHROME = [
    "网站首页", "政务公开", "办事服务", "互动交流", "走进本县", "当前位置", "无障碍浏览", "长者模式",
    "分享到微信", "分享到微博", "主办单位：某某县人民政府办公室", "网站标识码", "备案号", "扫一扫在手机上查看",
    "热点专题", "乡村振兴专题", "营商环境专栏", "友情链接", "上一篇", "下一篇", "【打印本页】", "【关闭窗口】",
]


def portal(body_lines: list[str], *, title: str, date: str) -> str:
    """A county-portal article page around ``body_lines``: head metas, scripts, nav, breadcrumb, sidebar, footer."""
    paras = "\n".join(f'      <p style="text-indent:2em">{htmllib.escape(line)}</p>' for line in body_lines)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <meta name="ArticleTitle" content="{htmllib.escape(title)}">
  <meta name="PubDate" content="{date} 09:30">
  <meta name="ColumnName" content="部门动态">
  <title>{htmllib.escape(title)}_某某县人民政府</title>
  <link rel="stylesheet" href="/css/main.css">
  <style>.nav li {{ float: left; }} p {{ line-height: 2; }}</style>
  <script>var _hmt = _hmt || []; document.write("<p>统计代码</p>");</script>
</head>
<body>
  <div class="topbar"><a href="/wza">无障碍浏览</a> | <a href="/old">长者模式</a></div>
  <header class="site-header"><img src="/logo.png" alt="某某县人民政府"><form class="search">
    <input type="text" value="请输入关键词"><button>搜索</button></form></header>
  <nav id="mainNav"><ul><li><a href="/">网站首页</a></li><li><a href="/zwgk">政务公开</a></li>
    <li><a href="/bsfw">办事服务</a></li><li><a href="/hdjl">互动交流</a></li>
    <li><a href="/zjbx">走进本县</a></li></ul></nav>
  <div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 部门动态</div>
  <div class="main-content">
    <div class="article-body">
{paras}
    </div>
    <div class="share-bar"><a href="#">分享到微信</a> <a href="#">分享到微博</a></div>
    <div class="page-turn"><a href="/p">上一篇</a>：<a href="/p">县召开专题会议部署下阶段工作</a><br>
      <a href="/n">下一篇</a>：<a href="/n">县领导调研重点项目建设</a></div>
    <div class="tools"><a href="javascript:print()">【打印本页】</a> <a href="javascript:close()">【关闭窗口】</a></div>
  </div>
  <aside class="sidebar"><h3>热点专题</h3><ul><li><a href="/z1">乡村振兴专题</a></li>
    <li><a href="/z2">营商环境专栏</a></li></ul><img src="/qr.png" alt="">扫一扫在手机上查看</aside>
  <div class="friend-links"><span>友情链接</span><select><option>国务院</option><option>省政府</option></select></div>
  <footer><p>主办单位：某某县人民政府办公室</p><p>网站标识码：0000000000 备案号：某ICP备00000000号</p>
  <script src="/js/stat.js"></script></footer>
</body>
</html>
"""


def facts(doc: Document) -> list[tuple[str, str, str]]:
    return [(f.text, str(f.value), f.unit) for a in doc.articles for f in a.facts]


@pytest.mark.parametrize("seed", SEEDS, ids=[s.stem[:3] for s in SEEDS])
def test_seed_in_portal_markup_gives_what_its_text_gives(seed: Path) -> None:
    text = seed.read_text("utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip()]
    html = portal(lines, title=lines[0].strip(), date="2020-07-23")
    page = parse_html(html)
    want = govnews.parse(text, reference_date=datetime.date(2020, 7, 23))
    got = page.document
    assert [a.title.text if a.title else None for a in got.articles] == [
        a.title.text if a.title else None for a in want.articles
    ]
    assert [(a.dateline.text, a.dateline.date) if a.dateline else None for a in got.articles] == [
        (a.dateline.text, a.dateline.date) if a.dateline else None for a in want.articles
    ]
    assert [b.to_dict()["people"] for a in got.articles for b in a.bylines] == [
        b.to_dict()["people"] for a in want.articles for b in a.bylines
    ]
    assert facts(got) == facts(want)
    assert [(d.text, d.date) for a in got.articles for d in a.dates] == [
        (d.text, d.date) for a in want.articles for d in a.dates
    ]
    article_text = "\n".join(
        x.text for a in got.articles for x in (a.title, a.subtitle, *a.columns, *a.paragraphs, *a.headings) if x
    )
    for chrome in (c for c in CHROME if c not in text):  # the seed's own chrome is the text parser's
        assert chrome not in article_text
        assert chrome not in page.text
    # Every span maps back into the HTML, onto its own source.
    in_html = page.document_in_html()
    for a, b in zip(got.articles, in_html.articles, strict=True):
        for x, y in zip((a.title, *a.paragraphs), (b.title, *b.paragraphs), strict=True):
            if x is None or y is None:
                assert x is y
                continue
            src = html[y.span.start:y.span.end]
            assert src.startswith(htmllib.escape(page.text[x.span.start:x.span.start + 1]))
            assert htmllib.unescape(src).endswith(page.text[x.span.end - 1:x.span.end])
        for f, g in zip(a.facts, b.facts, strict=True):
            # A fact across a line break that the text joined spans the markup between the lines;
            # a traditional source is converted in the fact's text.
            src = re.sub(r"<[^>]*>|\s", "", htmllib.unescape(html[g.span.start:g.span.end]))
            assert govnews.normalize(src).text == re.sub(r"\s", "", f.text)


def test_metadata_gives_the_title_and_the_page_date() -> None:
    html = portal(["本报讯 全县新建道路12公里。"], title="全县新建道路十二公里", date="2023-05-06")
    page = parse_html(html)
    assert page.title == "全县新建道路十二公里"
    assert page.published == datetime.date(2023, 5, 6)
    assert page.document.articles[0].title is not None
    assert page.document.articles[0].title.text == "全县新建道路十二公里"
    s = page.html_span(page.document.articles[0].title.span)
    assert html[s.start:s.end] == "全县新建道路十二公里"


def test_link_lists_and_chrome_elements_are_dropped_with_html_spans() -> None:
    html = ("<body><div id='menu'><a href=1>机构设置</a><a href=2>领导之窗</a></div>"
            "<p>县里召开会议，研究部署秋粮收购工作。</p>"
            "<ul><li><a href=3>一条很长的推荐新闻标题放在这里</a></li></ul>"
            "<p>附件：<a href=4>收购价格表.xls</a></p></body>")
    t = html_to_text(html)
    assert t.text.splitlines() == ["县里召开会议，研究部署秋粮收购工作。", "附件：收购价格表.xls"]
    assert {n.text for n in t.dropped} == {"机构设置领导之窗", "一条很长的推荐新闻标题放在这里"}
    for n in t.dropped:
        assert htmllib.unescape(html[n.span.start:n.span.end]).replace("</a><a href=2>", "") == n.text


def test_entities_and_breaks_map_back() -> None:
    html = "<div>甲&amp;乙<br>丙&nbsp;丁&#x4E01;</div>"
    t = html_to_text(html)
    assert t.text == "甲&乙\n丙\xa0丁丁"
    s = t.html_span(govnews.Span(0, 3))
    assert html[s.start:s.end] == "甲&amp;乙"
    s = t.html_span(govnews.Span(4, 8))
    assert html[s.start:s.end] == "丙&nbsp;丁&#x4E01;"


def test_parse_warns_once_on_html() -> None:
    html = portal(["本报讯 正文。"], title="标题", date="2024-01-02")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        govnews.parse(html)
    assert [w.category for w in caught] == [UserWarning]
    assert "parse_html" in str(caught[0].message)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        govnews.parse("本报讯 正文 <b> 里写了尖括号 a<b 和 c>d。")


@given(st.lists(st.text(alphabet="本报讯甲乙丙丁，。 &<>\"'abc\n", max_size=30), max_size=8))
def test_any_paragraphs_map_back_to_their_source(paras: list[str]) -> None:
    html = "<body>" + "".join(f"<p>{htmllib.escape(p)}</p>" for p in paras) + "</body>"
    t = html_to_text(html)
    assert len(t.starts) == len(t.ends) == len(t.text)
    for i, ch in enumerate(t.text):
        if ch != "\n" and ch != " ":
            assert htmllib.unescape(html[t.starts[i]:t.ends[i]]) == ch


@given(st.text(alphabet="<>/=\"'&#;x0-9 \napdivbrlscrmtey甲乙，", max_size=300))
def test_any_markup_is_total_and_maps_inside_the_html(html: str) -> None:
    t = html_to_text(html)
    assert len(t.starts) == len(t.ends) == len(t.text)
    assert all(0 <= a <= b <= len(html) for a, b in zip(t.starts, t.ends, strict=True))
    assert list(t.starts) == sorted(t.starts)  # in document order
    for n in t.dropped:
        assert 0 <= n.span.start <= n.span.end <= len(html)
    page = parse_html(html)
    for a in page.document_in_html().articles:
        assert 0 <= a.span.start <= a.span.end <= len(html)


def test_pre_keeps_its_lines() -> None:
    html = "<pre>第一行\n  第二行\n第三行</pre>"
    t = html_to_text(html)
    assert t.text.splitlines() == ["第一行", "第二行", "第三行"]
    s = t.html_span(govnews.Span(4, 7))
    assert html[s.start:s.end] == "第二行"


def test_looks_like_html() -> None:
    assert looks_like_html("<!doctype html>\n<title>x</title>")
    assert looks_like_html("\n  <html lang='zh'>")
    assert looks_like_html("<div>" + "<p>段</p>" * 3 + "</div>")
    assert not looks_like_html("本报讯 " + "<p>" * 5)  # five tags: not enough
    assert not looks_like_html("标题\n本报讯(记者 张三)正文。" * 100)


@pytest.mark.parametrize(
    "unit",
    [
        "<div class='c'><p>本报讯(记者 张三)全县投入2.7亿元。</p><p>第二段正文。</p></div>",
        "<a href=x>链接文字</a>&nbsp;",  # a crawl that flattened a page of links onto one line
        "<div><span>" * 50 + "深层" + "</span></div>" * 50,
    ],
    ids=["paragraphs", "links-on-one-line", "deep"],
)
def test_extraction_is_linear(unit: str) -> None:
    import time

    small = unit * (60_000 // len(unit))

    def took(s: str) -> float:
        best = 1e9
        for _ in range(3):
            t = time.perf_counter()
            html_to_text(s)
            best = min(best, time.perf_counter() - t)
        return best

    ratio = took(small * 4) / took(small)
    assert ratio < 8, f"4 times the input took {ratio:.1f} times as long"


def test_markup_is_evidence_not_proof() -> None:
    long_para = "全县推进高标准农田建设，完成投资2.7亿元，惠及群众八千余户。" * 60
    # A template that wraps the article in a "menu" box, and a CSS utility class.
    wrapped = f"<body><div class='menu-box'><h1>县里推进农田建设</h1><p>{long_para}</p></div></body>"
    assert html_to_text(wrapped).text.splitlines() == ["县里推进农田建设", long_para]
    utility = "<body><div class='position-relative'><p>县里召开会议，研究部署秋粮收购工作。</p></div></body>"
    assert html_to_text(utility).text == "县里召开会议，研究部署秋粮收购工作。"
    breadcrumb = "<body><div class='position'>当前位置：首页 > 新闻</div><p>县里召开会议，研究部署工作。</p></body>"
    assert html_to_text(breadcrumb).text == "县里召开会议，研究部署工作。"
    # A <nav> is chrome whatever it holds.
    nav = f"<body><nav><a href=1>{'栏目' * 800}</a></nav><p>正文一段，说明情况。</p></body>"
    assert html_to_text(nav).text == "正文一段，说明情况。"

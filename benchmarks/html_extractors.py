"""parse_html against trafilatura and GNE on HTML pages of our own making: title, date, chrome left, pages/s.

The peers are installed for this benchmark only, in a venv of their own::

    python3 -m venv /tmp/bench && /tmp/bench/bin/pip install -e '.[html]' trafilatura lxml_html_clean gne
    /tmp/bench/bin/python benchmarks/html_extractors.py            # 120 pages, two families

Pages are generated here (invented sentences, names and numbers): a county portal article
(head metas, top bar, search form, nav, breadcrumb, share bar, previous/next links, a
sidebar of topics, friend links, footer) and an e-paper article (masthead with the page
date, a table layout, the page's other headlines as a link list, page navigation). Each
page knows its title, date and the chrome strings it holds; a tool scores a title or a
date when it gives exactly the page's, and "chrome left" counts chrome strings found in
the body text it extracts. A tool that is not installed is reported as such.
"""

from __future__ import annotations

import argparse
import html as htmllib
import json
import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field

PLACES = ["青山县", "临河区", "东岭镇", "南湖街道", "白石乡", "西平县"]
ORGS = ["县农业农村局", "区教育局", "镇人民政府", "县住建局", "街道办事处", "县文旅局"]
NAMES = ["王建国", "李晓燕", "赵明", "陈立新", "刘芳", "孙海涛", "周宁", "吴志强"]
TOPICS = ["高标准农田建设", "义务教育学校改造", "老旧小区改造", "乡村旅游", "秸秆综合利用", "农村供水保障"]
VERBS = ["推进", "部署", "调度", "落实", "开展"]
UNITS = [("亩", 1000, 9000), ("个", 3, 60), ("万元", 100, 9000), ("户", 50, 900), ("公里", 2, 80), ("所", 2, 30)]


@dataclass
class Page:
    family: str
    html: str
    title: str
    date: str
    chrome: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)


def _para(rng: random.Random, place: str, topic: str) -> str:
    unit, lo, hi = rng.choice(UNITS)
    org = rng.choice(ORGS)
    return (f"{place}{org}围绕{topic}，{rng.choice(VERBS)}各项重点任务，今年以来累计完成{rng.randint(lo, hi)}{unit}，"
            f"{rng.choice(['惠及群众', '带动就业', '覆盖村组'])}{rng.randint(100, 9000)}人，"
            f"{rng.choice(['进一步夯实了基础', '群众满意度明显提升', '为下一步工作打下坚实基础'])}。")


def _article(rng: random.Random) -> tuple[str, list[str], str, int, int]:
    place, topic = rng.choice(PLACES), rng.choice(TOPICS)
    title = f"{place}{rng.choice(VERBS)}{topic}工作"
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    first = f"本报{place[:2]}{month}月{day}日讯（记者 {rng.choice(NAMES)} 通讯员 {rng.choice(NAMES)}）" + _para(
        rng, place, topic)
    body = [first] + [_para(rng, place, topic) for _ in range(rng.randint(2, 5))]
    return title, body, place, month, day


def portal_page(rng: random.Random) -> Page:
    title, body, place, month, day = _article(rng)
    date = f"2024-{month:02d}-{day:02d}"
    site = f"{place}人民政府"
    related = [f"{rng.choice(PLACES)}{rng.choice(VERBS)}{rng.choice(TOPICS)}" for _ in range(5)]
    chrome = ["网站首页", "政务公开", "政务服务", "互动交流", "当前位置", "无障碍", "分享到", "上一篇", "下一篇",
              "主办单位", "网站标识码", "打印本页", "关闭窗口", "相关阅读", *related]
    paras = "\n".join(f'<p style="text-indent:2em;">{htmllib.escape(p)}</p>' for p in body)
    rel = "".join(f'<li><a href="/art/{i}.html">{t}</a><span>2024-0{i + 1}-1{i}</span></li>'
                  for i, t in enumerate(related))
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="SiteName" content="{site}"><meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="{date} 10:{rng.randint(10, 59)}"><meta name="ColumnName" content="工作动态">
<title>{title}_{site}</title><script>var site = "{site}"; document.write('<div>统计</div>');</script>
<style>.nav li{{float:left}}</style></head><body>
<div class="top"><a href="/wza">无障碍</a><a href="/old">长者版</a><span>欢迎访问{site}门户网站</span></div>
<div class="header"><img src="/logo.png" alt="{site}"><form><input name="q" placeholder="搜索"></form></div>
<div class="nav"><ul><li><a href="/">网站首页</a></li><li><a href="/zwgk/">政务公开</a></li>
<li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 工作动态</div>
<div class="article"><h1 class="title">{title}</h1>
<div class="info">发布时间：{date} &nbsp; 来源：{site} &nbsp;
浏览次数：<span id="hits">{rng.randint(10, 999)}</span></div>
<div class="content" id="zoom">{paras}</div>
<div class="bdshare"><span>分享到：</span><a class="wx">微信</a><a class="wb">微博</a></div>
<div class="page-turn"><p>上一篇：<a href="/p.html">{rng.choice(related)}</a></p>
<p>下一篇：<a href="/n.html">暂无</a></p></div>
<div class="tools"><a href="javascript:window.print()">【打印本页】</a>
<a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="related"><h3>相关阅读</h3><ul>{rel}</ul></div>
<div class="footer"><p>主办单位：{site}办公室 承办单位：{place}融媒体中心</p>
<p>网站标识码：{rng.randint(10**9, 10**10)}</p>
<script src="/stat.js"></script></div></body></html>"""
    return Page("portal", html, title, date, chrome, body)


def epaper_page(rng: random.Random) -> Page:
    title, body, place, month, day = _article(rng)
    date = f"2024-{month:02d}-{day:02d}"
    paper = f"{place[:2]}日报"
    others = [f"{rng.choice(PLACES)}{rng.choice(VERBS)}{rng.choice(TOPICS)}" for _ in range(6)]
    chrome = [f"{paper}数字报", "上一版", "下一版", "上一期", "下一期", "往期回顾", "版面导航", "本版新闻",
              "版权所有", *others]
    paras = "".join(f"<P>{htmllib.escape(p)}</P>" for p in body)
    links = "".join(f'<tr><td><a href="content_{i}.htm">{t}</a></td></tr>' for i, t in enumerate(others))
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{paper}数字报-{title}</title><meta name="publishdate" content="{date}">
<script language="javascript">function goto(){{}}</script></head><body>
<table class="masthead" width="100%"><tr><td>{paper}数字报</td><td>{month}月{day}日 星期{rng.choice('一二三四五')}</td>
<td><a href="../prev.htm">上一期</a> <a href="../next.htm">下一期</a>
<a href="/history.htm">往期回顾</a></td></tr></table>
<table width="1000"><tr><td width="300" valign="top" class="left">
<div class="banmian">版面导航</div><a href="node_1.htm">上一版</a> <a href="node_3.htm">下一版</a>
<div>本版新闻</div><table class="list">{links}</table></td>
<td width="700" valign="top"><table><tr><td class="font01">{title}</td></tr>
<tr><td><div id="ozoom" class="article-text">{paras}</div></td></tr></table></td></tr></table>
<table class="bottom"><tr><td>{paper}社 版权所有 未经书面授权不得复制</td></tr></table></body></html>"""
    return Page("epaper", html, title, date, chrome, body)


# --------------------------------------------------------------------------- tools

Result = tuple[str, str, str]  # title, date (YYYY-MM-DD or ""), body text


def _govnews() -> Callable[[str], Result] | None:
    try:
        from govnews import parse_html
    except ImportError:
        return None

    def run(html: str) -> Result:
        page = parse_html(html)
        arts = page.document.articles
        a = arts[0] if arts else None
        title = a.title.text if a and a.title else (page.title or "")
        day = ""
        if a and a.published:
            day = a.published.date.isoformat()
        elif a and a.dateline and a.dateline.date:
            day = a.dateline.date.isoformat()
        elif page.published:
            day = page.published.isoformat()
        body = "\n".join(
            x.text for a in arts
            for x in (*a.columns, a.subtitle, a.dateline, *a.bylines, *a.headings, *a.paragraphs) if x is not None
        )
        return title, day, body

    return run


def _trafilatura() -> Callable[[str], Result] | None:
    try:
        import trafilatura
    except ImportError:
        return None

    def run(html: str) -> Result:
        out = trafilatura.extract(html, output_format="json", with_metadata=True, include_comments=False)
        d = json.loads(out) if out else {}
        return d.get("title") or "", (d.get("date") or "")[:10], d.get("text") or ""

    return run


def _gne() -> Callable[[str], Result] | None:
    try:
        from gne import GeneralNewsExtractor
    except ImportError:
        return None
    ex = GeneralNewsExtractor()

    def run(html: str) -> Result:
        d = ex.extract(html)
        return d.get("title") or "", (d.get("publish_time") or "")[:10], d.get("content") or ""

    return run


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=120)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    pages = [(portal_page if i % 2 == 0 else epaper_page)(rng) for i in range(args.pages)]
    tools = {"govnews.parse_html": _govnews(), "trafilatura": _trafilatura(), "GNE": _gne()}
    print(f"## HTML pages: {len(pages)} of our own making "
          f"({sum(p.family == 'portal' for p in pages)} county portal, {sum(p.family == 'epaper' for p in pages)} "
          "e-paper); title and date: exact; chrome left: chrome strings in the body text")
    print(f"  {'tool':20} {'family':8} {'title':>7} {'date':>7} {'chrome left':>12} {'body kept':>10} {'pages/s':>8}")
    for name, run in tools.items():
        if run is None:
            print(f"  {name:20} not installed (pip install it in a separate venv; see the docstring)")
            continue
        for fam in ("portal", "epaper", "all"):
            chosen = [p for p in pages if fam in ("all", p.family)]
            t = time.perf_counter()
            results = [run(p.html) for p in chosen]
            took = time.perf_counter() - t
            titles = sum(r[0].strip() == p.title for r, p in zip(results, chosen, strict=True))
            dates = sum(r[1] == p.date for r, p in zip(results, chosen, strict=True))
            left = sum(c in r[2] for r, p in zip(results, chosen, strict=True) for c in p.chrome)
            total = sum(len(p.chrome) for p in chosen)
            kept = sum(_kept(r[2], p) for r, p in zip(results, chosen, strict=True)) / len(chosen)
            print(f"  {name:20} {fam:8} {titles:>3}/{len(chosen):<3} {dates:>3}/{len(chosen):<3} "
                  f"{left:>5}/{total:<6} {kept:>9.0%} {len(chosen) / took:>8.1f}")
    return 0


def _kept(body: str, page: Page) -> float:
    """Share of the page's body clauses (after its first, which holds the dateline) found in the extracted body."""
    sentences = [s for p in page.body for s in p.split("，")[1:] if len(s) > 6]
    flat = body.replace("\n", "")
    return sum(s in flat for s in sentences) / max(len(sentences), 1)


if __name__ == "__main__":
    sys.exit(main())

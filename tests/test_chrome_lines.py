"""Page chrome against content that looks like it: one table, grouped by the kind of page.

Every row is a line that stands inside a small invented page (a title, a paragraph, the
line, another paragraph). A ``noise`` row must be covered by a noise span of the expected
kind; a ``content`` row (``kind`` None) must not be touched by any noise span and must reach
the article's paragraphs. The strings are invented for these tests: other sites, other
numbers and other wording than the development pages.
"""

from __future__ import annotations

import pytest

import govnews

TITLE = "青山县召开秋季农业生产调度会"
BEFORE = "9月12日，青山县召开秋季农业生产调度会，总结前一阶段工作，部署下一步任务。会议由副县长主持。"
AFTER = "会议要求，各乡镇要压实责任，抓好秋收秋种，确保粮食颗粒归仓。全县各部门负责人参加会议。"

Row = tuple[str, str | None]  # (line, kind); kind None: content that must stay

EPAPER: list[Row] = [
    ("江城日报数字报", "site_chrome"),
    ("临川晚报数字版", "site_chrome"),
    ("南岭日报数字报刊", "site_chrome"),
    ("数字报首页 | 江城网首页 | 客户端下载", "site_chrome"),
    ("上一期  下一期  往期查询  PDF下载", "site_chrome"),
    ("下载PDF", "site_chrome"),
    ("版面导航：01版：要闻 02版：综合 03版：县域", "site_chrome"),
    ("上一版  下一版", "site_chrome"),
    ("前一版 后一版 返回目录", "site_chrome"),
    ("本期共12版", "site_chrome"),
    ("报纸订阅热线：0710-3456789", "site_chrome"),
    ("通版阅读请点击：", "site_chrome"),
    ("展开通版  收缩通版", "site_chrome"),
    ("放大 缩小 默认", "site_chrome"),
    ("邮发代号：27-56", "site_chrome"),
    ("国内统一连续出版物号：CN42-0118", "site_chrome"),
    ("CN 36-0021", "site_chrome"),
    ("本版编辑：刘晓梅", "site_chrome"),
    ("本版责编：周静  校对：王琳", "site_chrome"),
    ("（本版图片除署名外均由记者提供）", "site_chrome"),
    ("文章字数：2086", "site_chrome"),
    ("江城日报社出版", "footer"),
    # content look-alikes
    ("据江城日报报道，该县数字经济核心产业增加值增长12%。", None),
    ("今年以来，市报社推出数字版专栏，累计发布稿件300余篇。", None),
    ("居民可通过邮局订阅报纸，也可在网上办理订阅手续。", None),
    ("会上，与会人员观看了往期工作回顾专题片。", None),
    ("该书共分12版印刷，累计发行5万册。", None),
    ("工作人员将图片放大后仔细比对，确认了失主身份。", None),
    ("本版刊发的稿件均经过层层审核，确保内容准确。", None),
    ("县档案馆将1950年以来的报纸全部扫描，建成数字报刊库。", None),
    ("下一期培训班将于10月中旬开班，欢迎符合条件的人员报名。", None),
    ("他订阅了三份报纸，每天坚持读报学习。", None),
    ("2024年03月05日，县里召开了春耕备耕工作会议。", None),
]

GOV_PORTAL: list[Row] = [
    ("第 1 页  共 2 页  下一页  尾页", "site_chrome"),
    ("首页 上一页 1 2 3 下一页 尾页", "site_chrome"),
    ("[1] [2] [3] 下一页", "site_chrome"),
    ("全书共200页，分为三个部分。", None),
    ("请翻到第3页查看附表。", None),
    ("（图片由石门镇提供）", "metadata"),
    ("（本文图片均由县文旅局提供）", "metadata"),
    ("活动中使用的图片均由县文旅局提供，特此说明。", None),
    ("欢迎访问临河区人民政府门户网站", "site_chrome"),
    ("欢迎光临石门镇政府网站！ 今天是：2025年4月9日 星期三", "site_chrome"),
    ("今天是2023年10月16日 星期一", "site_chrome"),
    ("请输入关键词  搜索", "site_chrome"),
    ("高级搜索", "site_chrome"),
    ("站内搜索 | 高级检索", "site_chrome"),
    ("用户登录 | 注册", "site_chrome"),
    ("EN", "site_chrome"),
    ("繁體 | EN", "site_chrome"),
    ("www.linhe.gov.cn", "site_chrome"),
    ("http://www.shimen-town.gov.cn/", "site_chrome"),
    ("分享", "site_chrome"),
    ("分享至：微信 QQ空间", "site_chrome"),
    ("〔打印此文〕 〔关闭〕", "footer"),
    ("【打印】 【关闭】", "footer"),
    ("【字号：大 中 小】", "footer"),
    ("字体：【大】【中】【小】", "footer"),
    ("前一篇：临河区召开防汛工作会议", "site_chrome"),
    ("后一篇：全区秋季征兵工作全面启动", "site_chrome"),
    ("本网法律顾问：北辰律师事务所", "footer"),
    ("廉政举报", "footer"),
    ("政务公开 > 工作动态", "site_chrome"),
    ("临河区人民政府 > 政务公开 > 法定主动公开内容 > 工作动态", "site_chrome"),
    ("政府信息公开目录", "site_chrome"),
    # content look-alikes
    ("“欢迎光临！”小店店主热情地招呼着前来购物的游客。", None),
    ("今天是重阳节，社区志愿者为老人送去了慰问品。", None),
    ("群众可登录区政府门户网站，在“我要留言”栏目反映问题。", None),
    ("详情可登录www.linhe.gov.cn查询，或拨打12345热线咨询。", None),
    ("他把这次调研的收获分享给了大家。", None),
    ("这次分享会上，三位老党员讲述了入党经历。", None),
    ("系统具备高级搜索功能，可按关键词检索历年文件。", None),
    ("他打印了一份材料，随后关闭了电脑。", None),
    ("前一篇报道刊发后，引起了社会各界的广泛关注。", None),
    ("法律顾问团队为村集体审核合同56份。", None),
    ("区纪委监委开通了廉政举报专线，接受群众监督。", None),
    ("要加大政务公开力度，主动公开工作动态和政策文件。", None),
    ("欢迎各地游客来到青山县，感受山水之美。", None),
    ("搜索引擎上关于该景区的信息，近一个月增长了三倍。", None),
    ("首页推荐位将优先展示本地农产品，帮助农户拓宽销路。", None),
    ("请输入身份证号码后，系统将自动显示办理结果，群众普遍反映方便快捷。", None),
]

DISCLOSURE: list[Row] = [
    ("索引号：004123-0205-2025-00031", "metadata"),
    ("索 引 号：11410521K-2024-0088", "metadata"),
    ("组配分类：部门文件", "metadata"),
    ("主题分类：城乡建设、环境保护", "metadata"),
    ("文号：青政办发〔2025〕12号", "metadata"),
    ("文　　号：临政字〔2024〕7号", "metadata"),
    ("发布机构：青山县住房和城乡建设局", "metadata"),
    ("成文日期：2024-11-20", "metadata"),
    ("生效日期：2025-01-01", "metadata"),
    ("名　　称：临河区农业农村局", "metadata"),
    ("索引号：11420981-2025-00016  组配分类：通知公告", "metadata"),
    ("有效性：有效  发文机关：青山县人民政府办公室", "metadata"),
    # content look-alikes
    ("联系人：县医保局 张三，电话：0539-1234567。", None),
    ("本通知自2025年1月1日起施行，有效期五年。", None),
    ("各单位要按照文号顺序对文件进行归档。", None),
    ("请各乡镇于11月20日前将名称、地址等信息报送县民政局。", None),
    ("文件的主题分类、成文日期等要素须填写完整。", None),
    ("有关事项，由县住房和城乡建设局负责解释。", None),
    ("索引卡片按照年份排列，方便查阅。", None),
    ("发布机构应当对所发布信息的准确性负责。", None),
]

MEDIA_APP: list[Row] = [
    ("扫一扫下载青山融媒APP", "site_chrome"),
    ("打开云上临河APP 阅读体验更佳", "site_chrome"),
    ("立即打开", "site_chrome"),
    ("客户端下载", "site_chrome"),
    ("智慧江城客户端下载", "site_chrome"),
    ("请输入验证码", "site_chrome"),
    ("获取验证码", "site_chrome"),
    ("忘记密码 | 免费注册", "site_chrome"),
    ("手机看江城网", "site_chrome"),
    ("本篇文章2318字，读完约5分钟", "site_chrome"),
    ("阅读本文约需4分钟", "site_chrome"),
    ("-----分隔线-----", "footer"),
    ("——分隔线——", "footer"),
    ("查看江城新闻APP，阅读更多精彩内容", "site_chrome"),
    ("首页 新闻 视频 直播 政务 服务", "site_chrome"),
    ("新闻热线：0710-2233445", "footer"),
    ("投稿邮箱：tougao@example.cn", "footer"),
    ("报料热线：0710-6668888  投稿邮箱：news@example.cn", "footer"),
    ("本文为青山融媒原创作品，转载请注明出处", "footer"),
    # content look-alikes
    ("市民可下载“青山通”APP，在线办理社保、医保等业务。", None),
    ("该县开发了一款便民APP，累计下载量突破20万次。", None),
    ("市民可扫描二维码报名参加活动。", None),
    ("读完这本书用了他整整3个月时间。", None),
    ("他在手机上看新闻时，发现了这条招聘信息。", None),
    ("登录后，群众可以在线查询办件进度。", None),
    ("县融媒体中心开通新闻热线，收集群众反映的问题。", None),
    ("当天，有群众拨打新闻热线，反映路灯不亮的问题。", None),
    ("活动现场设置了视频直播，吸引了8000余名网友观看。", None),
    ("输入验证码后即可完成注册，整个过程不到一分钟。", None),
    ("市民可拨打新闻热线0710-2233445提供新闻线索。", None),
    ("未经批准，任何单位和个人不得擅自占用耕地。", None),
    ("本文所称农村集体经济组织，是指以土地集体所有为基础的经济组织。", None),
]

WECHAT: list[Row] = [
    ("以下文章来源于宜都融媒 ，作者宜都融媒", "social_prompt"),
    ("宜都市融媒体中心官方账号", "social_prompt"),
    ("欢迎关注宜都发布微信公众号", "social_prompt"),
    ("全市政务新媒体矩阵已有官方账号126个。", None),
    ("以下文章内容根据会议记录整理。", None),
    ("你点的每个“在看”，我都认真当成了喜欢", "social_prompt"),
    ("图片 | 学校提供", "metadata"),
    ("大家都在看这部电影，点赞声一片。", None),
    ("END", "footer"),
    ("- END -", "footer"),
    ("—END—", "footer"),
    ("The end of the year saw record exports.", None),
    ("点击上方蓝字关注我们", "social_prompt"),
    ("点击蓝字 关注我们", "social_prompt"),
    ("戳蓝字“临河发布”关注我们哦！", "social_prompt"),
    ("分享 收藏 点赞 在看", "social_prompt"),
    ("分享  点赞  在看  留言", "social_prompt"),
    ("阅读原文", "social_prompt"),
    ("↓↓点击阅读原文，了解更多报名信息", "social_prompt"),
    ("预览时标签不可点", "social_prompt"),
    ("关注该公众号", "social_prompt"),
    ("继续滑动看下一个", "social_prompt"),
    ("向上滑动看下一个", "social_prompt"),
    ("使用小程序", "social_prompt"),
    ("微信扫一扫可打开此内容", "social_prompt"),
    ("点个在看你最好看", "social_prompt"),
    ("点个“在看”", "social_prompt"),
    ("ID：linhefabu", "social_prompt"),
    ("知道了", "social_prompt"),
    # content look-alikes
    ("居民可点击公众号菜单栏“阅读原文”查看完整政策解读。", None),
    ("他说，每次读完文章都会分享给身边的朋友。", None),
    ("全市共有3.2万名网友为该作品点赞。", None),
    ("村民们在看了宣传视频后，纷纷报名参加培训。", None),
    ("家长们正在看孩子们的汇报演出，现场掌声不断。", None),
    ("通过小程序预约，群众办事平均用时缩短了一半。", None),
    ("扫描二维码关注“临河发布”，可第一时间获取停水通知。", None),
    ("他在朋友圈分享了家乡的变化，收获了不少点赞。", None),
    ("留言板上，群众的诉求件件有回音。", None),
    ("关注民生实事，是今年政府工作的重点。", None),
]

PORTAL_REPOST: list[Row] = [
    ("发布于：湖南省", "metadata"),
    ("返回搜狐，查看更多", "footer"),
    ("平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。", "footer"),
    ("该文件发布于湖南省政府网站。", None),
    ("小字号", "footer"),
    ("大字号 小字号", "footer"),
    ("报纸改版后采用大字号印刷，方便老年读者阅读。", None),
    ("凤凰首页 > 凤凰资讯 > 正文", "site_chrome"),
    ("腾讯新闻 > 国内 > 社会万象", "site_chrome"),
    ("国内 国际 军事 财经 科技 教育", "site_chrome"),
    ("我来说两句", "site_chrome"),
    ("我来说两句 排行榜", "site_chrome"),
    ("0人参与", "site_chrome"),
    ("举报", "site_chrome"),
    ("收藏  点赞  评论 12", "social_prompt"),
    ("市民发现违规行为可拨打12345热线举报。", None),
    ("跟贴 12 人参与", "site_chrome"),
    ("快来抢沙发", "site_chrome"),
    ("还没有人发表评论，快来抢沙发吧", "site_chrome"),
    ("文明上网理性发言，请遵守评论服务协议", "site_chrome"),
    ("网易跟贴", "site_chrome"),
    ("去跟贴广场看看", "site_chrome"),
    ("设为辩论话题", "site_chrome"),
    ("分享至", "site_chrome"),
    ("新闻精选", "recommendations"),
    ("热点新闻", "recommendations"),
    ("相关信息", "recommendations"),
    ("不良信息举报 Complaint Center", "footer"),
    ("About us | Contact us", "footer"),
    ("申请入驻", "site_chrome"),
    ("本文来自百家号作者临河发布，本文观点不代表百家号立场。", "footer"),
    ("本文来自网易号作者某某，本文观点仅代表作者本人", "footer"),
    ("特别声明：以上内容为自媒体平台用户上传并发布，本平台仅提供信息存储服务。", "footer"),
    ("如有侵权请联系删除", "footer"),
    # content look-alikes
    ("全镇共有1200人参与此次义务植树活动。", None),
    ("本文来自县委宣传部的调研报告，数据截至去年底。", None),
    ("欢迎各类企业申请入驻返乡创业园，享受三年免租政策。", None),
    ("该平台为群众提供信息咨询、政策解读等服务。", None),
    ("评论员指出，基层减负要落到实处。", None),
    ("在新闻发布会上，发言人回答了记者提问。", None),
    ("国内外200余家企业参加了本届博览会。", None),
    ("相关信息将在县政府网站上同步公布。", None),
    ("他在这一领域的研究成果在国际上处于领先水平。", None),
    ("新闻、视频、直播等多种形式同步推出，全方位展示发展成就。", None),
    ("网友在跟贴中纷纷为救人的小伙点赞。", None),
]

WIRE: list[Row] = [
    ("【纠错】", "footer"),
    ("（完）", "footer"),
    ("制作单位：某某网络传媒有限公司", "footer"),
    ("新闻热线：010-65001234 广告热线：010-65005678", "footer"),
    ("本站刊登的内容仅代表作者本人观点，不代表本站立场。", "footer"),
    ("未经授权不得转载", "footer"),
    ("未经书面许可，任何单位和个人不得转载、摘编或镜像。", "footer"),
    ("本网所有稿件版权均归某某日报社，未经书面许可，任何单位和个人不得转载使用。", "footer"),
    ("（原标题：某市出台实施意见 力争年底前完成改造）", "metadata"),
    ("版权声明：凡注明“某某图片”字样的图片版权均属本网，未经书面授权，不得转载使用。", "footer"),
    ("免责声明：本网转载的文章仅供参考，不代表本网观点。", "footer"),
    ("记者从市版权局获悉，全市今年查处侵权盗版案件12起。", None),
    ("据介绍，这部小说的原标题为《山乡新路》，再版时改为现名。", None),
    ("凡擅自转载本站稿件者，本站将依法追究其法律责任。", "footer"),
    ("转载请注明来源：江城新闻网", "footer"),
    ("如需转载请联系本网取得授权。", "footer"),
    ("互联网出版许可证", "footer"),
    ("网上传播视听节目许可证（1103212）", "footer"),
    ("信息网络传播视听节目许可证：1204051", "footer"),
    ("沪ICP证020451号", "footer"),
    ("公网监备 310101020033号", "footer"),
    ("总机：010-66880000", "footer"),
    ("江城新闻网首页", "site_chrome"),
    # content look-alikes
    ("记者从市公安局获悉，该案已于日前告破，犯罪嫌疑人已被依法刑拘。", None),
    ("这一观点不代表所有专家的看法，仍有待进一步研究。", None),
    ("市版权局提醒，转载他人作品须取得著作权人许可。", None),
    ("该公司已取得网上传播视听节目许可证，业务范围不断扩大。", None),
    ("如有疑问，可拨打总机转人工服务。", None),
    ("发言人表示，中方立场是一贯的、明确的。", None),
    ("他表示，自己的发言仅代表个人观点，欢迎大家批评指正。", None),
    ("对拒不整改的企业，将依法追究相关责任人的法律责任。", None),
    ("县法院依法追究了被告人的刑事责任。", None),
]

PRESS_RELEASE: list[Row] = [
    ("NNNN", "footer"),
    ("＊ ＊ ＊ ＊", "footer"),
    ("* * *", "footer"),
    ("完", "footer"),
    ("——完——", "footer"),
    ("农历乙巳年三月十二", "site_chrome"),
    # content look-alikes
    ("完成全年目标任务的78%，进度快于时序。", None),
    ("截至目前，全县已完成秋粮收购3.6万吨。", None),
    ("完善制度建设，是做好这项工作的前提。", None),
    ("三是完善考核机制，把工作实绩作为评价干部的重要依据。", None),
]

SEO_SPAM: list[Row] = [
    ("转载请注明原文网址：http://www.example-jixie.cn/news/2024/0312/551.html", "footer"),
    ("tongda-jixie.com", "site_chrome"),
    ("c_1183/content_5521.html 2024-03-02 -->", "site_chrome"),
    ("<!-- 2024-03-02 content_5521.html -->", "site_chrome"),
    # content look-alikes
    ("该企业生产的烘干机远销东南亚，年出口额达2000万元。", None),
    ("据了解，这套设备每小时可处理秸秆5吨。", None),
    ("该网站首页设置了“我要投诉”入口，方便群众反映问题。", None),
    ("工作人员现场演示了新设备的操作方法，共有60余人参加培训。", None),
]

ALL_ROWS: list[tuple[str, str, str | None]] = [
    (family, line, kind)
    for family, rows in (
        ("epaper", EPAPER), ("gov_portal", GOV_PORTAL), ("disclosure", DISCLOSURE), ("media_app", MEDIA_APP),
        ("wechat", WECHAT), ("portal_repost", PORTAL_REPOST), ("wire", WIRE), ("press_release", PRESS_RELEASE),
        ("seo_spam", SEO_SPAM),
    )
    for line, kind in rows
] + [
    # no word says chrome, the shape does (govnews.layout: items set apart by runs of spaces)
    ("portal_repost", "凤凰公开课  凤凰严选  支付  邮箱", "site_chrome"),
]

# Lines that only a judgement of the layout (position, neighbours, length) can get right:
# no word in them says "chrome" or "content" for sure.
LAYOUT_ROWS: list[tuple[str, str, str | None]] = [
    ("gov_portal", "临河区人民政府", "site_chrome"),                      # masthead vs. a notice's signature
    ("epaper", "2024年03月05日 星期二", "site_chrome"),                   # masthead date vs. page date
    ("wechat", "重磅", "recommendations"),                               # a tag of a recommended item
]


def _page(line: str) -> tuple[str, int, int]:
    head = f"{TITLE}\n{BEFORE}\n"
    page = f"{head}{line}\n{AFTER}\n"
    return page, len(head), len(head) + len(line)


def _check(line: str, kind: str | None) -> None:
    page, start, end = _page(line)
    doc = govnews.parse(page)
    art = doc.articles[0]
    body = "".join(p.text for a in doc.articles for p in a.paragraphs)
    assert BEFORE[:20] in body and AFTER[:20] in body, "the host paragraphs were lost"
    if kind is None:
        touching = [n for n in doc.noise if n.span.start < end and n.span.end > start]
        assert not touching, f"content {line!r} flagged: {[(n.kind, n.rule, n.text) for n in touching]}"
        shown = body + "".join(h.text for h in art.headings)
        assert line.strip("。") in shown or line in shown, f"content {line!r} not in the paragraphs"
    else:
        covering = [n for n in doc.noise if n.span.start <= start and n.span.end >= end]
        assert covering, f"{line!r} not covered; noise: {[(n.kind, n.rule, n.text) for n in doc.noise]}"
        assert kind in {n.kind for n in covering}, [(n.kind, n.rule) for n in covering]
        assert all(n.rule for n in covering)
        assert line.strip() not in body


@pytest.mark.parametrize(("family", "line", "kind"), ALL_ROWS, ids=[f"{f}:{ln}" for f, ln, _ in ALL_ROWS])
def test_chrome_line(family: str, line: str, kind: str | None) -> None:
    _check(line, kind)


@pytest.mark.xfail(strict=True, reason="needs the layout judgement")
@pytest.mark.parametrize(("family", "line", "kind"), LAYOUT_ROWS, ids=[f"{f}:{ln}" for f, ln, _ in LAYOUT_ROWS])
def test_chrome_line_by_layout(family: str, line: str, kind: str | None) -> None:
    _check(line, kind)


def test_table_size() -> None:
    content = [r for r in ALL_ROWS if r[2] is None]
    assert len(ALL_ROWS) >= 160
    assert 3 * len(content) >= len(ALL_ROWS)
    assert len({ln for _, ln, _ in ALL_ROWS}) == len(ALL_ROWS), "a row is listed twice"


def test_end_mark_alone_after_a_blank_line_is_a_wire_tail() -> None:
    """The press release's end mark on a line of its own after a blank line (a gate that
    let ``\\s`` run over the blank line once looked at the wrong line and missed it)."""
    page = "某某处举办招聘会\n\n某某处今日举办招聘会，提供逾五千个职位。\n\n完\n\n2025年3月6日（星期四）\n"
    doc = govnews.parse(page)
    assert any(n.text == "完" and n.rule == "footer.wire_tail" for n in doc.noise), doc.noise

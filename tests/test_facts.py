"""Numeric facts: a table of surfaces (value, unit, qualifier, object), negatives, properties."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import govnews
from govnews.core import Parser
from govnews.facts import FactParser, find_facts
from govnews.numerals import parse_number

# (sentence, fact surface, value, unit, qualifier, object); object None = not named / not checked as "-"
ANY = "-"
CASES: dict[str, list[tuple[str, str, str, str, str | None, str | None]]] = {
    "arabic": [
        ("全县共有12所中学。", "12所", "12", "所", None, "中学"),
        ("新建7个村级服务站,", "7个", "7", "个", None, "村级服务站"),
        ("慰问了45户困难家庭。", "45户", "45", "户", None, "困难家庭"),
        ("吸纳300名劳动力就业", "300名", "300", "名", None, "劳动力"),
        ("到场群众800人。", "800人", "800", "人", None, "到场群众"),
        ("引进企业3家,", "3家", "3", "家", None, "企业"),
        ("购置收割机6台", "6台", "6", "台", None, "收割机"),
        ("梳理问题38项,", "38项", "38", "项", None, "问题"),
        ("排查隐患点21处。", "21处", "21", "处", None, "隐患点"),
        ("发放宣传资料1,200份。", "1,200份", "1200", "份", None, "宣传资料"),
        ("开展培训15次,", "15次", "15", "次", None, None),
        ("共接待游客12,345人次", "12,345人次", "12345", "人次", None, "游客"),
        ("分4批次完成", "4批次", "4", "批次", None, None),
        ("建成温室大棚56座,", "56座", "56", "座", None, "温室大棚"),
        ("架设路灯120盏", "120盏", "120", "盏", None, "路灯"),
        ("硬化道路9条,", "9条", "9", "条", None, "道路"),
        ("栽植苗木5000株", "5000株", "5000", "株", None, "苗木"),
        ("改造危房33间", "33间", "33", "间", None, "危房"),
        ("配备图书2万册。", "2万册", "20000", "册", None, "图书"),
        ("购买校车4辆,", "4辆", "4", "辆", None, "校车"),
        ("养殖肉牛60头", "60头", "60", "头", None, "肉牛"),
        ("举办座谈会3期", "3期", "3", "期", None, "座谈会"),
        ("开设课程12门", "12门", "12", "门", None, "课程"),
        ("组建志愿服务队8支", "8支", "8", "支", None, "志愿服务队"),
        ("开展文艺演出20场", "20场", "20", "场", None, "文艺演出"),
        ("共有党员52名,", "52名", "52", "名", None, "党员"),
        ("全市１５所学校", "１５所", "15", "所", None, "学校"),
        ("收集意见建议89条", "89条", "89", "条", None, "意见建议"),
        ("编印手册500本", "500本", "500", "本", None, "手册"),
        ("拍摄短视频30部", "30部", "30", "部", None, "短视频"),
        ("选树典型10位", "10位", "10", "位", None, "典型"),
        ("发现问题线索5件,", "5件", "5", "件", None, "问题线索"),
        ("建成标准化厂房4栋", "4栋", "4", "栋", None, "标准化厂房"),
        ("检测样品260批次,", "260批次", "260", "批次", None, "检测样品"),
        ("出动执法车辆35台次", "35台次", "35", "台次", None, ANY),
        ("帮扶对象128户", "128户", "128", "户", None, "帮扶对象"),
        ("走访企业46家", "46家", "46", "家", None, "企业"),
        ("建设智慧教室 20 间", "20 间", "20", "间", None, ANY),
        ("新增就业岗位1500个", "1500个", "1500", "个", None, "就业岗位"),
        ("录取新生3200名", "3200名", "3200", "名", None, "新生"),
    ],
    "chinese": [
        ("主要做了三个方面工作", "三个", "3", "个", None, "方面"),
        ("会议分参观和座谈两个阶段", "两个", "2", "个", None, "阶段"),
        ("新建两所学校", "两所", "2", "所", None, "学校"),
        ("涉及五个乡镇", "五个", "5", "个", None, "乡镇"),
        ("分为三类人员", "三类", "3", "类", None, "人员"),
        ("提供两种方案", "两种", "2", "种", None, "方案"),
        ("开通十条线路", "十条", "10", "条", None, "线路"),
        ("慰问了十一户家庭", "十一户", "11", "户", None, "家庭"),
        ("培训二十名教师", "二十名", "20", "名", None, "教师"),
        ("表彰了三十五位先进个人", "三十五位", "35", "位", None, "先进个人"),
        ("捐赠一百台电脑", "一百台", "100", "台", None, "电脑"),
        ("建成一千二百座大棚", "一千二百座", "1200", "座", None, "大棚"),
        ("覆盖两千户群众", "两千户", "2000", "户", None, "群众"),
        ("组织八支队伍", "八支", "8", "支", None, "队伍"),
        ("成立四个工作组", "四个", "4", "个", None, "工作组"),
        ("开展六次督查", "六次", "6", "次", None, "督查"),
        ("走访九家企业", "九家", "9", "家", None, "企业"),
        ("设立三处服务点", "三处", "3", "处", None, "服务点"),
        ("制定七项措施", "七项", "7", "项", None, "措施"),
        ("安装十二盏路灯", "十二盏", "12", "盏", None, "路灯"),
        ("完成廿个项目", "廿个", "20", "个", None, "项目"),
        ("新增卅家商户", "卅家", "30", "家", None, "商户"),
        ("兩個階段", "兩個", "2", "个", None, "階段"),
        ("接收二百零五名学生", "二百零五名", "205", "名", None, "学生"),
        ("种植三万株树苗", "三万株", "30000", "株", None, "树苗"),
        ("修建两座桥梁", "两座", "2", "座", None, "桥梁"),
        ("派出五批医疗队", "五批", "5", "批", None, "医疗队"),
        ("编制三套方案", "三套", "3", "套", None, "方案"),
        ("遴选十名骨干", "十名", "10", "名", None, "骨干"),
        ("新购四辆救护车", "四辆", "4", "辆", None, "救护车"),
    ],
    "mixed": [
        ("投入资金2.7亿元", "2.7亿元", "270000000", "元", None, None),
        ("惠及1.2万人", "1.2万人", "12000", "人", None, ANY),
        ("完成投资3541.07万元", "3541.07万元", "35410700", "元", None, None),
        ("人口达25万6千人", "25万6千人", "256000", "人", None, ANY),
        ("建成2.1万平方米", "2.1万平方米", "21000", "平方米", None, None),
        ("年产值15亿元", "15亿元", "1500000000", "元", None, None),
        ("接待游客320万人次", "320万人次", "3200000", "人次", None, "游客"),
        ("造林1.5万亩", "1.5万亩", "15000", "亩", None, None),
        ("储备粮食3万吨", "3万吨", "30000", "吨", None, ANY),
        ("发电1.2亿千瓦时", "1.2亿千瓦时", "120000000", "千瓦时", None, None),
        ("GDP达到1.2万亿元", "1.2万亿元", "1200000000000", "元", None, None),
        ("发放补贴3百万元", "3百万元", "3000000", "元", None, None),
        ("收入5千元", "5千元", "5000", "元", None, None),
        ("三万亿元规模", "三万亿元", "3000000000000", "元", None, None),
        ("二十五万六千人参加", "二十五万六千人", "256000", "人", None, ANY),
        ("共计1.23456万元", "1.23456万元", "12345.6", "元", None, None),
        ("总计１．５万元", "１．５万元", "15000", "元", None, None),
        ("装机10万千瓦", "10万千瓦", "100000", "千瓦", None, None),
        ("处理污水6千吨", "6千吨", "6000", "吨", None, ANY),
        ("土地流转3.2万亩", "3.2万亩", "32000", "亩", None, None),
        ("帮扶资金八百万元", "八百万元", "8000000", "元", None, None),
        ("新增就业4.6万人", "4.6万人", "46000", "人", None, ANY),
        ("投资三点五亿元", "三点五亿元", "350000000", "元", None, None),
        ("筹措资金1,200万元", "1,200万元", "12000000", "元", None, None),
        ("总面积14978.06平方米", "14978.06平方米", "14978.06", "平方米", None, None),
    ],
    "money": [
        ("人均资助2000元", "2000元", "2000", "元", None, None),
        ("捐资12万元", "12万元", "120000", "元", None, None),
        ("奖励500美元", "500美元", "500", "美元", None, None),
        ("签约1.5亿港元", "1.5亿港元", "150000000", "港元", None, None),
        ("合同额30万欧元", "30万欧元", "300000", "欧元", None, None),
        ("价值2000万港币", "2000万港币", "20000000", "港币", None, None),
        ("进口额8亿日元", "8亿日元", "800000000", "日元", None, None),
        ("每人补助五百元", "五百元", "500", "元", None, None),
        ("减少损失3.5万元", "3.5万元", "35000", "元", None, None),
        ("筹资一千万元", "一千万元", "10000000", "元", None, None),
        ("发放奖学金10万元", "10万元", "100000", "元", None, None),
        ("收益29.5万元", "29.5万元", "295000", "元", None, None),
        ("投入资金19.7万元", "19.7万元", "197000", "元", None, None),
        ("营收１２０元", "１２０元", "120", "元", None, None),
        ("节约成本0.5万元", "0.5万元", "5000", "元", None, None),
        ("融资两亿元", "两亿元", "200000000", "元", None, None),
        ("投资额1,000,000元", "1,000,000元", "1000000", "元", None, None),
        ("出口额4.2亿美元", "4.2亿美元", "420000000", "美元", None, None),
        ("每亩补贴200元", "200元", "200", "元", None, None),
        ("慰问金1000元", "1000元", "1000", "元", None, None),
    ],
    "measure": [
        ("占地100亩", "100亩", "100", "亩", None, None),
        ("生产甜瓜2万斤", "2万斤", "20000", "斤", None, "甜瓜"),
        ("促使2万斤甜瓜上市", "2万斤", "20000", "斤", None, "甜瓜"),
        ("收购玉米300吨", "300吨", "300", "吨", None, "玉米"),
        ("捐赠大米500公斤", "500公斤", "500", "公斤", None, "大米"),
        ("新修道路12公里", "12公里", "12", "公里", None, None),
        ("山水相隔六千里", "六千里", "6000", "里", None, None),
        ("流域面积1200平方公里", "1200平方公里", "1200", "平方公里", None, None),
        ("湿地300公顷", "300公顷", "300", "公顷", None, None),
        ("用电50千瓦时", "50千瓦时", "50", "千瓦时", None, None),
        ("清淤3000立方米", "3000立方米", "3000", "立方米", None, ANY),
        ("堤坝长800米", "800米", "800", "米", None, None),
        ("用电120度", "120度", "120", "度", None, None),
        ("体重50克", "50克", "50", "克", None, ANY),
        ("光伏电站5兆瓦", "5兆瓦", "5", "兆瓦", None, None),
        ("建筑面积3.6万平方米", "3.6万平方米", "36000", "平方米", None, None),
        ("面积约3平方千米", "约3平方千米", "3", "平方千米", "approx", None),
        ("高标准农田两万亩", "两万亩", "20000", "亩", None, None),
        ("考试得分95分", "95分", "95", "分", None, None),
        ("蔬菜1000千克", "1000千克", "1000", "千克", None, ANY),
    ],
    "ratio": [
        ("就业率98%", "98%", "98", "%", None, None),
        ("增长12.5%", "12.5%", "12.5", "%", None, None),
        ("占比百分之九十八", "百分之九十八", "98", "%", None, None),
        ("下降百分之三点五", "百分之三点五", "3.5", "%", None, None),
        ("提高2.3个百分点", "2.3个百分点", "2.3", "个百分点", None, None),
        ("提高三个百分点", "三个百分点", "3", "个百分点", None, None),
        ("增长3倍", "3倍", "3", "倍", None, None),
        ("提高1.5倍", "1.5倍", "1.5", "倍", None, None),
        ("增长一倍", "一倍", "1", "倍", None, None),
        ("增长三成", "三成", "3", "成", None, None),
        ("七成以上", "七成以上", "7", "成", "at_least", None),
        ("满意率９５％", "９５％", "95", "%", None, None),
        ("达标率100%", "100%", "100", "%", None, None),
        ("千分之五", "千分之五", "5", "‰", None, None),
        ("下降0.8个百分点", "0.8个百分点", "0.8", "个百分点", None, None),
        ("增幅超过20%", "超过20%", "20", "%", "over", None),
        ("不低于90%", "不低于90%", "90", "%", "at_least", None),
        ("约占60%", "约", "-", "-", None, None),
        ("提高了5个百分点", "5个百分点", "5", "个百分点", None, None),
        ("占比达百分之5", "百分之5", "5", "%", None, None),
    ],
    "duration": [
        ("用时90天", "90天", "90", "天", None, None),
        ("历时三年", "三年", "3", "年", None, None),
        ("近三年来", "近三年", "3", "年", None, None),
        ("近5年", "近5年", "5", "年", None, None),
        ("培训两周", "两周", "2", "周", None, None),
        ("持续6个月", "6个月", "6", "个月", None, None),
        ("工作8小时", "8小时", "8", "小时", None, None),
        ("演练30分钟", "30分钟", "30", "分钟", None, None),
        ("52岁的贫困户", "52岁", "52", "岁", None, None),
        ("年满18周岁", "18周岁", "18", "周岁", None, None),
        ("建校60周年", "60周年", "60", "周年", None, None),
        ("五个工作日内", "五个工作日", "5", "个工作日", None, None),
        ("用一年时间", "一年", "1", "年", None, None),
        ("提前两年通过验收", "两年", "2", "年", None, None),
        ("两年多来", "两年多", "2", "年", "over", None),
        ("三个多月", "三个多月", "3", "个月", "over", None),
        ("耗时10秒", "10秒", "10", "秒", None, None),
        ("坚持20年", "20年", "20", "年", None, None),
        ("将近三年", "将近三年", "3", "年", "approx", None),
        ("约两个小时", "约两个小时", "2", "个小时", "approx", None),
    ],
    "qualifier": [
        ("近2万人参加", "近2万人", "20000", "人", "approx", ANY),
        ("约300人", "约300人", "300", "人", "approx", ANY),
        ("大约50户", "大约50户", "50", "户", "approx", ANY),
        ("3000人左右", "3000人左右", "3000", "人", "approx", ANY),
        ("50岁上下", "50岁上下", "50", "岁", "approx", None),
        ("200余亩", "200余亩", "200", "亩", "over", None),
        ("3000多人", "3000多人", "3000", "人", "over", ANY),
        ("10余次深入工地", "10余次", "10", "次", "over", None),
        ("超3000人", "超3000人", "3000", "人", "over", ANY),
        ("超过500家", "超过500家", "500", "家", "over", ANY),
        ("逾百余人", "逾百余人", "100", "人", "over", ANY),
        ("逾200名", "逾200名", "200", "名", "over", ANY),
        ("十几个村", "十几个", "10", "个", "over", "村"),
        ("几十个项目", "几十个", "10", "个", "over", "项目"),
        ("二十来岁", "二十来岁", "20", "岁", "over", None),
        ("10来个", "10来个", "10", "个", "over", ANY),
        ("98%以上", "98%以上", "98", "%", "at_least", None),
        ("3000人以上", "3000人以上", "3000", "人", "at_least", ANY),
        ("不少于40学时", "不少于40学时", "40", "学时", "at_least", None),
        ("不少于30人", "不少于30人", "30", "人", "at_least", ANY),
        ("10人以下", "10人以下", "10", "人", "at_most", ANY),
        ("不超过5个", "不超过5个", "5", "个", "at_most", ANY),
        ("不到100人", "不到100人", "100", "人", "under", ANY),
        ("不足1万元", "不足1万元", "10000", "元", "under", None),
        ("10余万元", "10余万元", "100000", "元", "over", None),
        ("100多万元", "100多万元", "1000000", "元", "over", None),
        ("1万多元", "1万多元", "10000", "元", "over", None),
        ("百余人", "百余人", "100", "人", "over", ANY),
        ("千余名", "千余名", "1000", "名", "over", ANY),
        ("万余人", "万余人", "10000", "人", "over", ANY),
        ("近200个行业、企业", "近200个", "200", "个", "approx", "行业、企业"),
        ("接近80%", "接近80%", "80", "%", "approx", None),
        ("至少3名", "至少3名", "3", "名", "at_least", ANY),
        ("最多5次", "最多5次", "5", "次", "at_most", None),
        ("约合1.2万元", "约合1.2万元", "12000", "元", "approx", None),
    ],
    "object_before": [
        ("设立公益岗位109个、临时岗位63个", "109个", "109", "个", None, "公益岗位"),
        ("设立公益岗位109个、临时岗位63个", "63个", "63", "个", None, "临时岗位"),
        ("援建设备11台(数控车床5台,钻床5台)", "11台", "11", "台", None, "设备"),
        ("援建设备11台(数控车床5台,钻床5台)", "5台", "5", "台", None, "数控车床"),
        ("在校生及企业职工3000多人,", "3000多人", "3000", "人", "over", "在校生及企业职工"),
        ("招收学生300人(其中贫困学生200人)", "300人", "300", "人", None, "学生"),
        ("招收学生300人(其中贫困学生200人)", "200人", "200", "人", None, "贫困学生"),
        ("培训乡村教师50人。", "50人", "50", "人", None, "乡村教师"),
        ("资助困难大学生100人。", "100人", "100", "人", None, "困难大学生"),
        ("新增学位1575个。", "1575个", "1575", "个", None, "学位"),
        ("援建幼儿园10所,", "10所", "10", "所", None, "幼儿园"),
        ("捐赠手风琴90台,", "90台", "90", "台", None, "手风琴"),
        ("打造特色学校2所。", "2所", "2", "所", None, "特色学校"),
        ("管理人员共207人到外地培训", "207人", "207", "人", None, "管理人员"),
        ("前20名的学生", "20名", "20", "名", None, None),
        ("各类技术人才近2万人,", "近2万人", "20000", "人", "approx", "技术人才"),
    ],
    "object_after": [
        ("19所职业院校,", "19所", "19", "所", None, "职业院校"),
        ("8个职教集团(联盟),", "8个", "8", "个", None, "职教集团(联盟)"),
        ("12所中小学和15所幼儿园", "12所", "12", "所", None, "中小学"),
        ("12所中小学和15所幼儿园新建项目", "15所", "15", "所", None, "幼儿园"),
        ("33户贫困户申请办理补贴", "33户", "33", "户", None, "贫困户"),
        ("3家联盟企业分别建成基地", "3家", "3", "家", None, "联盟企业"),
        ("127户贫困户进行登记", "127户", "127", "户", None, "贫困户"),
        ("13名优 秀教师(", "13名", "13", "名", None, "优秀教师"),
        ("7所学校与对方学校结对", "7所", "7", "所", None, "学校"),
        ("2项清单,", "2项", "2", "项", None, "清单"),
        ("2个市级共享性的大型实训基地", "2个", "2", "个", None, "大型实训基地"),
        ("500名从业人员参加", "500名", "500", "名", None, "从业人员"),
        ("3家有限公司入驻", "3家", "3", "家", None, "有限公司"),
        ("60个对口帮扶村", "60个", "60", "个", None, "对口帮扶村"),
        ("3000名在校生", "3000名", "3000", "名", None, "在校生"),
        ("3个村、2个社区", "3个", "3", "个", None, "村"),
        ("3个村、2个社区", "2个", "2", "个", None, "社区"),
        ("3000多人的队伍", "3000多人", "3000", "人", "over", None),
    ],
    "range": [
        ("3至5年", "3至5年", "3", "年", None, None),
        ("10-15个", "10-15个", "10", "个", None, ANY),
        ("1.2万至1.5万元", "1.2万至1.5万元", "12000", "元", None, None),
        ("3至5万元", "3至5万元", "30000", "元", None, None),
        ("两三个", "两三个", "2", "个", None, ANY),
        ("三四十人", "三四十人", "30", "人", None, ANY),
        ("一两个月", "一两个月", "1", "个月", None, None),
        ("七八个村", "七八个", "7", "个", None, "村"),
        ("30%-50%", "30%-50%", "30", "%", None, None),
        ("百分之三十至百分之五十", "百分之三十至百分之五十", "30", "%", None, None),
        ("5到10天", "5到10天", "5", "天", None, None),
        ("3岁至6岁", "3岁至6岁", "3", "岁", None, None),
        ("200~300人", "200~300人", "200", "人", None, ANY),
        ("二三十万元", "二三十万元", "200000", "元", None, None),
        ("三五个", "三五个", "3", "个", None, ANY),
    ],
    "object": [
        ("接入交通、水务等18个部门的业务数据", "18个", "18", "个", None, "部门"),
        ("共有约90家本地企业的代表出席", "约90家", "90", "家", "approx", "本地企业"),
        ("按每百户不少于5个车位的标准配建充电设施", "不少于5个", "5", "个", "at_least", "车位"),
        ("培育8家规模以上的企业", "8家", "8", "家", None, "企业"),
        ("由35名志愿者组成的宣讲队", "35名", "35", "名", None, "志愿者"),
        ("今年新增清洗生产线7条。", "7条", "7", "条", None, "清洗生产线"),
        ("打通“最后一公里”道路45条；", "45条", "45", "条", None, "最后一公里道路"),
        ("比上年增加312人", "312人", "312", "人", None, None),
        ("引进金融、法律等领域人才12名", "12名", "12", "名", None, "金融、法律等领域人才"),
        ("调度收割机、烘干机等农机具400余台", "400余台", "400", "台", "over", "农机具"),
        ("举办“春季行动”“金秋招聘”等专场活动14场，", "14场", "14", "场", None, "专场活动"),
    ],
}
RANGE_MAX = {
    "3至5年": "5", "10-15个": "15", "1.2万至1.5万元": "15000", "3至5万元": "50000", "两三个": "3",
    "三四十人": "40", "一两个月": "2", "七八个": "8", "30%-50%": "50", "百分之三十至百分之五十": "50",
    "5到10天": "10", "3岁至6岁": "6", "200~300人": "300", "二三十万元": "300000", "三五个": "5",
}  # fmt: skip

ROWS = [(kind, *row) for kind, rows in CASES.items() for row in rows if row[2] != "-"]
NEGATIVE_ROWS = [(kind, row[0], row[1]) for kind, rows in CASES.items() for row in rows if row[2] == "-"]


def test_table_is_big_enough() -> None:
    assert len(ROWS) >= 200
    assert len(NEGATIVES) + len(NEGATIVE_ROWS) >= 60


@pytest.mark.parametrize(("kind", "sentence", "surface", "value", "unit", "qualifier", "obj"), ROWS)
def test_fact(
    kind: str, sentence: str, surface: str, value: str, unit: str, qualifier: str | None, obj: str | None
) -> None:
    facts = [f for f in find_facts(sentence) if f.text == surface]
    assert facts, f"{kind}: no fact {surface!r} in {[f.text for f in find_facts(sentence)]}"
    f = facts[0]
    assert f.value == Decimal(value)
    assert f.unit == unit
    assert f.qualifier == qualifier
    assert f.span.slice(sentence) == f.text
    if obj != ANY:
        assert f.object == obj
    if surface in RANGE_MAX:
        assert f.value_max == Decimal(RANGE_MAX[surface])
    else:
        assert f.value_max is None


@pytest.mark.parametrize(("kind", "sentence", "prefix"), NEGATIVE_ROWS)
def test_no_fact_starting_with(kind: str, sentence: str, prefix: str) -> None:
    assert not [f for f in find_facts(sentence) if f.text.startswith(prefix)]


# Text with numerals that are not facts: nothing may be reported.
NEGATIVES = [
    # dates and times
    "7月22日上午,发布会召开",
    "2018年",
    "2016-2020年工作",
    "2018年至2020年",
    "上午9时30分",
    "二〇一八年",
    "2019年12月启动",
    "今年5月30日前",
    "2020年底",
    "90年代",
    "三年级学生",
    "2024-04-05",
    # ordinals and grades
    "第一",
    "第3名",
    "第十五中学",
    "高二期中考试",
    "初三学生",
    "周三下午",
    "大一新生",
    "每一所学校",
    # indefinite 一 and fixed terms
    "过一个有意义的暑假",
    "一种可怕的状态",
    "一次次督促",
    "一批又一批教师",
    "一个又一个项目",
    "跟母亲一块生活",
    "周江涛一行",
    "一份子",
    "一线",
    "举一反三",
    "同一天",
    "重要一环",
    "一次办好",
    "一网通办",
    "一成不变",
    "统一年限",
    "三分之一",
    "唯一一家",
    # slogans and names
    "一企一策",
    "一校一策",
    "一山一海",
    "一年一度",
    "三早、二申、一扶",
    "职教一人,就业一个,脱贫一家",
    "按照“一个团队示范,三项具体引领,四项要点参谋”的思路",
    "十三五",
    "四心工程",
    "全国两会",
    "六盘水",
    "十九中",
    "市八中",
    "五四红旗团委",
    "七上八下",
    "零部件",
    "二维码",
    "三代试管婴儿",
    "十分突出",
    "红十字会",
    "七台河市",
    "五台山",
    "三门峡",
    "坚持“四个全面”",
    "两节期间",
    # codes, numbers glued to letters or symbols
    "1+X证书",
    "2+1办学",
    "5g手机",
    "3mm厚",
    "my0538",
    "0538-6272000",
    "邮编:271000",
    "鲁ICP备08005495号-1",
    "GB/T 9704-2012",
    "泰山大街333号",
    "22楼",
    "37090202000001号",
    "No.3",
    "#5",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_a_fact(text: str) -> None:
    assert find_facts(text) == [], [f.text for f in find_facts(text)]


def test_parser_protocol_and_hits() -> None:
    parser = FactParser()
    assert isinstance(parser, Parser)
    text = "全市19所职业院校,近2万人"
    hits = list(parser.scan(text))
    assert [h.text for h in hits] == ["19所", "近2万人"]
    for h in hits:
        assert h.span == h.value.span
        assert h.span.slice(text) == h.text == h.value.text


def test_to_dict_range() -> None:
    (f,) = find_facts("3至5年")
    d = f.to_dict()
    assert d["value"] == "3" and d["value_max"] == "5" and d["unit"] == "年"


UNITS = ["个", "所", "人", "名", "户", "家", "台", "项", "次", "亩", "吨", "元", "万元", "亿元", "平方米", "%"]


_CN = "零一二三四五六七八九"


def _cn(n: int) -> str:
    """Chinese numerals for ``n`` (a plain reference writer, independent of the parser)."""
    if n == 0:
        return "零"
    out = ""
    for unit, div in (("亿", 10**8), ("万", 10**4), ("", 1)):
        x = n // div % (10**4) if div != 10**8 else n // div
        if not x:
            if out and not out.endswith("零"):
                out += "零"
            continue
        part, zero = "", False
        for u, d in (("千", 1000), ("百", 100), ("十", 10), ("", 1)):
            digit = x // d % 10
            if digit:
                part += ("零" if zero and part else "") + _CN[digit] + u
                zero = False
            else:
                zero = True
        if out and x < 1000 and not out.endswith("零"):
            out += "零"
        out += part + unit
    return out.rstrip("零")


@given(st.integers(min_value=2, max_value=10**12 - 1), st.sampled_from(UNITS))
def test_round_trip_arabic_and_chinese(n: int, unit: str) -> None:
    mult = {"万元": 10**4, "亿元": 10**8}.get(unit, 1)
    base_unit = "元" if unit in ("万元", "亿元") else unit
    for written in (str(n), _cn(n)) if mult == 1 or n < 10**4 else (str(n),):
        text = f"共有{written}{unit},"
        facts = find_facts(text)
        assert len(facts) == 1, (text, [f.text for f in facts])
        assert facts[0].value == n * mult
        assert facts[0].unit == base_unit


@given(
    st.integers(min_value=1, max_value=9999),
    st.integers(min_value=0, max_value=3),
    st.sampled_from([("万", 10**4), ("亿", 10**8)]),
    st.sampled_from(["元", "人", "亩", "吨"]),
)
def test_round_trip_mixed(digits: int, scale: int, mult: tuple[str, int], unit: str) -> None:
    d = Decimal(digits).scaleb(-scale)
    text = f"投入{format(d, 'f')}{mult[0]}{unit}。"
    (f,) = find_facts(text)
    assert f.value == d * mult[1] and f.unit == unit
    assert parse_number(f"{format(d, 'f')}{mult[0]}") == f.value


@given(st.text(max_size=200))
def test_total_and_spans(text: str) -> None:
    for f in find_facts(text):
        assert f.span.slice(text) == f.text
        assert f.value_max is None or f.value_max > f.value


@given(st.text(alphabet="0123456789一二两三四五六七八九十百千万亿个人元年%近约多余以上至-., 第每“”", max_size=80))
def test_total_on_numeral_soup(text: str) -> None:
    for f in find_facts(text):
        assert f.span.slice(text) == f.text


@given(st.text(max_size=40), st.sampled_from(["全市19所职业院校", "投入2.7亿元", "近2万人", "98%以上"]))
def test_prefix_shifts_spans(prefix: str, body: str) -> None:
    plain = find_facts(body)
    shifted = find_facts("。\n" + prefix + "。\n" + body)
    offset = len(prefix) + 4
    assert [(f.text, f.span.start + offset) for f in plain] == [
        (f.text, f.span.start) for f in shifted if f.span.start >= offset
    ]


def test_hostile_inputs_are_fast_and_safe() -> None:
    import time

    for text in (
        "1" * 200_000,
        "一" * 200_000,
        "1," * 100_000,
        "近" * 100_000,
        "\ud800" * 1000 + "3个",
        "3个" * 50_000,
        "“一" * 50_000,
        " 一个 " * 30_000,
    ):
        t0 = time.perf_counter()
        for f in find_facts(text):
            assert f.span.slice(text) == f.text
        assert time.perf_counter() - t0 < 5


def test_seed_gold(seed_texts: dict[str, str], gold: dict[str, dict]) -> None:  # type: ignore[type-arg]
    """Every gold fact of the seeds is found by the parser on the normalised text."""
    from govnews.normalize import normalize

    for name, text in seed_texts.items():
        g = gold.get(name)
        if g is None:
            continue
        work = normalize(text).text.replace("\n\n", "")  # lines broken by layout, joined
        facts = find_facts(work)
        for a in g["articles"]:
            for gf in a.get("facts", []):
                assert any(
                    str(f.value) == gf["value"] and f.unit == gf["unit"] and gf["text"] in f.text for f in facts
                ), (name, gf)


def test_a_line_break_never_glues_two_numbers() -> None:
    import govnews

    doc = govnews.parse("产量表\n\n全县粮食产量达到４２１７\n１９９０年为基期，产量增长。共有企业2150\n家参加评选。")
    facts = [f.text for a in doc.articles for f in a.facts]
    assert not any("4217" in f.replace("４２１７", "4217") and "1990" in f for f in facts), facts
    assert all(f.value != Decimal("42171990") for a in doc.articles for f in a.facts)


def test_a_place_made_of_a_numeral_and_a_measure_word_needs_its_suffix() -> None:
    # 九台区 is a district; 九台 alone is nine machines
    assert [f.text for f in find_facts("长春市九台区召开会议")] == []
    assert [(f.text, f.unit) for f in find_facts("车间新增九台设备。")] == [("九台", "台")]


def test_range_to_a_lone_chinese_digit_is_total() -> None:
    """Hypothesis found ``0-十两``: the upper end is one character, and reading what stands
    before its last character read an empty token (IndexError through ``parse``)."""
    assert [f.text for f in find_facts("0-十两")] == ["0-十两"]
    assert len(govnews.parse("全县0-十两茶叶").articles) == 1


def test_arabic_digits_after_a_word_ending_in_a_numeral_character() -> None:
    """队伍, 大陆, 收拾 end in characters that are numerals elsewhere (伍, 陆, 拾); the digits
    after such a word still make a number."""
    assert [(f.text, f.object) for f in find_facts("组建巡查队伍12支，开展巡查。")] == [("12支", "巡查队伍")]
    assert [f.text for f in find_facts("大陆12家企业参展")] == ["12家"]

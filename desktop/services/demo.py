"""A deterministic demo community (the same seed gives the same people) for --demo, tests and bench."""

from __future__ import annotations

import datetime as dt
import random

from desktop.services.communities import Communities, CommunityInfo
from desktop.services.core.database import Database
from desktop.services.core.progress import Progress
from desktop.services.members.import_apply import apply_import
from desktop.services.members.import_plan import ImportPlan, Target

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国文斌宇浩然梓涵欣怡子轩雨桐思远嘉诚晨曦"
EN_FIRST = [
    "Alice",
    "Ben",
    "Chloe",
    "David",
    "Emma",
    "Felix",
    "Grace",
    "Henry",
    "Iris",
    "Jack",
    "Kate",
    "Leo",
    "Mia",
    "Noah",
    "Olivia",
    "Paul",
    "Ruby",
    "Sam",
    "Tina",
    "Victor",
    "Wendy",
    "Yuki",
    "Zoe",
]
EN_LAST = [
    "Smith",
    "Brown",
    "Lee",
    "Wong",
    "Chan",
    "Garcia",
    "Miller",
    "Davis",
    "Lin",
    "Tan",
    "Müller",
    "Rossi",
]
INTERESTS = [
    "读书",
    "跑步",
    "摄影",
    "写作",
    "创业",
    "编程",
    "设计",
    "投资",
    "咖啡",
    "徒步",
    "心理学",
    "人工智能",
    "reading",
    "startups",
    "photography",
    "hiking",
]
SPECIALTIES = ["演讲", "主持", "运营", "设计", "编程", "财务", "法律", "摄影", "写作", "市场", "社群运营"]
CITIES = [
    "北京",
    "上海",
    "深圳",
    "杭州",
    "成都",
    "广州",
    "南京",
    "武汉",
    "西安",
    "Singapore",
    "London",
    "Toronto",
]
TAGS = ["核心", "新人", "付费会员", "志愿者", "讲师", "VIP"]
END = dt.date(2026, 10, 31)
DEMO_COMMUNITY = CommunityInfo(
    name="晨读会 Morning Readers",
    purpose="每天早起读书，每月线下分享一次。Read every morning, share once a month.",
    values_text="真诚、互助、持续输出",
    rule_entry="由老成员邀请；每人每月最多邀请一人。",
    rule_removal="连续三个月无打卡、无活动者移出；违反群规者清退。",
    rule_activity="每周至少打卡三次；每月一次线下分享会。",
    management_mode="subgroups",
)


def demo_targets(count: int, seed: int = 7) -> list[Target]:
    rnd = random.Random(seed)
    targets = []
    start = END - dt.timedelta(days=730)
    for i in range(count):
        if rnd.random() < 0.15:
            name = f"{rnd.choice(EN_FIRST)} {rnd.choice(EN_LAST)}"
        else:
            name = rnd.choice(SURNAMES) + "".join(rnd.choice(GIVEN) for _ in range(rnd.choice((1, 2, 2))))
        identities = [("phone", f"+861{rnd.choice('3456789')}{i:09d}")]
        if rnd.random() < 0.8:
            identities.append(("wechat_id", f"wx_{i:06d}"))
            identities.append(
                ("wechat_nickname", name if rnd.random() < 0.5 else f"{name[:2]}{rnd.randint(1, 99)}")
            )
        if rnd.random() < 0.4:
            identities.append(("email", f"member{i}@example.com"))
        roll = rnd.random()
        status = "active" if roll < 0.9 else "left" if roll < 0.97 else "removed"
        joined = start + dt.timedelta(days=int(730 * i / max(count, 1)))
        values = {
            "name": name,
            "city": rnd.choice(CITIES),
            "organisation": "",
            "title": "",
            "interests": "; ".join(rnd.sample(INTERESTS, rnd.randint(1, 3))),
            "specialties": "; ".join(rnd.sample(SPECIALTIES, rnd.randint(0, 2))),
            "tags": "; ".join(rnd.sample(TAGS, rnd.choice((0, 0, 1, 1, 2)))),
            "joined_on": joined.isoformat(),
            "status": status,
            "status_on": (joined + dt.timedelta(days=90)).isoformat() if status != "active" else "",
            "status_reason": "" if status == "active" else ("搬家" if status == "left" else "长期不活跃"),
            "notes": "",
        }
        inviter = None
        if i > 0 and rnd.random() < 0.7:
            # Early members invite more: a few strong nodes, as in real communities.
            inviter = ("new", int(i * rnd.random() ** 3))
        targets.append(Target(None, "", values, identities, inviter, [i + 2]))
    return targets


def create_demo(db: Database, count: int = 300, progress: Progress | None = None) -> int:
    """Create the demo community in `db` (if absent) with `count` members; return its id."""
    communities = Communities(db)
    existing = communities.find(DEMO_COMMUNITY.name)
    if existing is not None:
        return existing.id
    cid = communities.create(DEMO_COMMUNITY)
    plan = ImportPlan(cid, "demo", "", {}, [], count, [], demo_targets(count), [])
    apply_import(db, plan, progress)
    if count <= STRUCTURE_UP_TO:
        from desktop.services.events.demo import create_demo_events
        from desktop.services.outputs.demo import create_demo_outputs

        demo_structure(db, cid)
        create_demo_events(db, cid)
        create_demo_outputs(db, cid)
    return cid


STRUCTURE_UP_TO = 5000  # the benchmarks build their own structure at 100k


def demo_structure(db: Database, community_id: int, seed: int = 11) -> None:
    """A pyramid of sub-groups by city, a ring of core members, and who-knows-whom ties, as one step."""
    from desktop.services.core.step_labels import LABELS
    from desktop.services.structure.writes import StructureWrites, _insert, today

    rnd = random.Random(seed)
    members = db.query(
        "SELECT id, city, specialties FROM member WHERE community_id = ? ORDER BY id", (community_id,)
    )
    writes = StructureWrites(db)
    with db.write(LABELS.new_unit()) as uow:
        uow.update("community", {community_id: {"wanted_specialties": "演讲; 设计; 运营; 财务; 编程"}})
        top = _insert(uow, "unit", community_id=community_id, parent_id=None, name="晨读会总群", kind="pyramid",
                      lead_id=None, cap=40, management_mode="subgroups", notes="")  # fmt: skip
        writes._set_lead(uow, top, "pyramid", members[0][0], "2024-11-01")
        groups: dict[str, int] = {}
        for mid, city, _ in members:
            if city not in groups:
                groups[city] = _insert(uow, "unit", community_id=community_id, parent_id=top, name=f"{city}分群",
                                       kind="pyramid", lead_id=None, cap=40, management_mode="centralised", notes="")  # fmt: skip
                writes._set_lead(uow, groups[city], "pyramid", mid, "2025-01-01")
            writes._join(uow, groups[city], mid, primary=True)
        ring = _insert(uow, "unit", community_id=community_id, parent_id=top, name="核心圈", kind="ring", lead_id=None,
                       cap=12, management_mode="self_governing", notes="")  # fmt: skip
        for mid, spec in [(m, "演讲") for m, _, _ in members[1:3]] + [
            (members[3][0], "设计"),
            (members[4][0], "运营"),
        ]:
            writes._join(uow, ring, mid)
            _insert(uow, "role_assignment", member_id=mid, unit_id=ring, role="core_member", specialty=spec,
                    start_on="2025-03-01", end_on="")  # fmt: skip
        ids = [m for m, _, _ in members]
        pairs = {tuple(sorted(rnd.sample(ids, 2))) for _ in range(len(ids) * 3)}
        for a, b in sorted(pairs):
            _insert(uow, "connection", community_id=community_id, a_id=a, b_id=b, strength=rnd.randint(1, 10),
                    since=today(), source=rnd.choice(("introduced", "event", "manual")))  # fmt: skip

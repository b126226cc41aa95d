"""A community of realistic members (Chinese and Western names, Chinese/US/UK phones) imported from CSV."""

from __future__ import annotations

import pytest

from desktop.services.members.import_apply import apply_import
from desktop.services.members.import_plan import plan_import
from tests.helpers import write_csv

MEMBERS = (
    "name,phone,email,wechat,nickname,organisation,title,city,tags,joined,notes\n"
    '张三,13800138000,zhangsan@example.com,zhangsan_88,三哥,"北京某科技有限公司",产品经理,北京,读书会; 志愿者,2024-03-19,"喜欢, 历史;\n也爱跑步"\n'
    "欧阳娜娜,+86 10 6552 9988; +86 139 1234 5678,nana@example.cn,,,,,上海,,2023-11-02,\n"
    'Alice O\'Brien,+1 415-555-0132,alice@example.com; alice.work@example.org,,,"Acme, Inc.",Engineer,San Francisco,=HYPERLINK,,@SUM(A1)\n'
    "Tom Smith,+44 20 7946 0958,,,,,,London,-1,2022-01-05,+ceremony\n"
)


@pytest.fixture
def members(services, community_id, tmp_path):
    plan = plan_import(services.db, community_id, write_csv(tmp_path / "in.csv", MEMBERS))
    assert plan.rejected == []
    apply_import(services.db, plan)
    return services.db, community_id

from desktop.services.demo import create_demo, demo_targets


def test_demo_is_deterministic_and_mixed():
    a, b = demo_targets(200), demo_targets(200)
    assert [t.values["name"] for t in a] == [t.values["name"] for t in b]
    names = [t.values["name"] for t in a]
    assert any(" " in n for n in names) and any("\u4e00" <= n[0] <= "\u9fff" for n in names)
    assert sum(1 for t in a if t.inviter) > 100
    joined = [t.values["joined_on"] for t in a]
    assert joined == sorted(joined) and joined[0] < "2025-01-01" < joined[-1]


def test_create_demo_once(db):
    cid = create_demo(db, 50)
    assert create_demo(db, 50) == cid
    with db.read() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM member").scalar() == 50

from models.pinyin import name_keys, syllables


def test_chinese_name_gives_full_pinyin_and_initials():
    assert name_keys("张三") == ("zhang san", "zhangsan", "zs")


def test_surname_reading_differs_from_common_reading():
    assert syllables("曾国藩")[0] == "zeng"
    assert syllables("单田芳")[0] == "shan"


def test_latin_and_mixed_names():
    assert name_keys("Li Wei") == ("li wei", "liwei", "lw")
    assert syllables("Amy王") == ["amy", "wang"]


def test_sort_keys_order_chinese_and_latin_together():
    names = ["张三", "Ben", "白杰", "Zoe", "蔡敏"]
    assert sorted(names, key=lambda n: name_keys(n)[0]) == ["白杰", "Ben", "蔡敏", "张三", "Zoe"]
